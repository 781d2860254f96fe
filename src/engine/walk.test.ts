import { describe, expect, it } from 'vitest'
import { conditionalTree, sampleTree } from './fixtures.ts'
import {
  answersAt,
  back,
  choose,
  factsOf,
  isFinished,
  questionNumber,
  reopen,
  replay,
  restart,
  startAt,
  trailAnswers,
} from './walk.ts'

const walkTo = (...answers: string[]) => {
  const result = replay(sampleTree, 'ask', answers)
  if (!result.ok) throw new Error('bad walk in test')
  return result.walk
}

describe('walk', () => {
  it('starts at any node with an empty trail', () => {
    expect(startAt('try')).toEqual({ start: 'try', trail: [], current: 'try' })
  })

  it('moves to the node an answer leads to and records the pair', () => {
    const result = choose(sampleTree, startAt('ask'), 'yes')
    expect(result).toEqual({
      ok: true,
      walk: { start: 'ask', trail: [{ node: 'ask', answer: 'yes' }], current: 'try' },
    })
  })

  it('refuses an answer the node does not offer', () => {
    expect(choose(sampleTree, startAt('ask'), 'maybe')).toEqual({ ok: false, reason: 'no-such-answer' })
  })

  it('refuses to answer an outcome', () => {
    expect(choose(sampleTree, walkTo('no'), 'yes')).toEqual({ ok: false, reason: 'outcome-has-no-answers' })
  })

  it('goes back one screen, and stays put at the start', () => {
    expect(back(walkTo('yes', 'no'))).toEqual(walkTo('yes'))
    expect(back(startAt('ask'))).toEqual(startAt('ask'))
  })

  it('reopens an earlier answer and forgets the later ones', () => {
    expect(reopen(walkTo('yes', 'again', 'no'), 1)).toEqual(walkTo('yes'))
    expect(reopen(walkTo('yes'), 5)).toEqual(walkTo('yes'))
  })

  it('restarts at the node the walk started at', () => {
    expect(restart(walkTo('yes', 'no'))).toEqual(startAt('ask'))
  })

  it('collects facts, later answers overriding earlier ones', () => {
    expect(factsOf(sampleTree, walkTo('yes'))).toEqual({ power: 'on' })
    expect(factsOf(sampleTree, walkTo('yes', 'fixed'))).toEqual({ power: 'restarted' })
  })

  it('lists the answers along the trail', () => {
    expect(trailAnswers(sampleTree, walkTo('yes', 'no')).map((s) => `${s.node}:${s.answer.key}`)).toEqual([
      'ask:yes',
      'try:no',
    ])
  })

  it('knows when the walk has reached an outcome', () => {
    expect(isFinished(sampleTree, walkTo('yes'))).toBe(false)
    expect(isFinished(sampleTree, walkTo('yes', 'no'))).toBe(true)
  })

  it('numbers questions without counting the instruction screens between them', () => {
    expect(questionNumber(sampleTree, startAt('ask'))).toBe(1)
    expect(questionNumber(sampleTree, walkTo('yes'))).toBe(2)
    expect(questionNumber(sampleTree, walkTo('yes', 'again'))).toBe(2)
    expect(questionNumber(sampleTree, walkTo('yes', 'again', 'yes', 'again'))).toBe(3)
  })

  describe('replay', () => {
    it('rebuilds a walk from a start and answer keys', () => {
      expect(replay(sampleTree, 'ask', ['yes', 'no'])).toEqual({ ok: true, walk: walkTo('yes', 'no') })
    })

    it('reports an unknown start node', () => {
      expect(replay(sampleTree, 'nowhere', [])).toEqual({
        ok: false,
        reason: 'unknown-node',
        node: 'nowhere',
      })
      expect(replay(sampleTree, 'toString', [])).toMatchObject({ ok: false, reason: 'unknown-node' })
    })

    it('reports the first unknown answer with the valid prefix', () => {
      expect(replay(sampleTree, 'ask', ['yes', 'bogus', 'no'])).toEqual({
        ok: false,
        reason: 'unknown-answer',
        answer: 'bogus',
        validWalk: walkTo('yes'),
        why: 'no-such-answer',
      })
    })
  })

  describe('answers offered only for some facts', () => {
    const afterDevice = (key: string) => {
      const result = choose(conditionalTree, startAt('device'), key)
      if (!result.ok) throw new Error('bad walk in test')
      return result.walk
    }
    const keysAt = (key: string) => answersAt(conditionalTree, afterDevice(key)).map((a) => a.key)

    it('offers the answers whose condition holds for the facts so far', () => {
      expect(keysAt('phone')).toEqual(['ssl-on', 'ssl-off', 'unknown'])
      expect(keysAt('desk')).toEqual(['587', '25', 'unknown'])
      expect(keysAt('skip')).toEqual(['587', '25', 'unknown'])
    })

    it('refuses an answer the node has but does not offer for these facts', () => {
      expect(choose(conditionalTree, afterDevice('phone'), '587')).toEqual({
        ok: false,
        reason: 'answer-not-offered',
      })
      expect(choose(conditionalTree, afterDevice('desk'), 'ssl-on')).toEqual({
        ok: false,
        reason: 'answer-not-offered',
      })
      expect(choose(conditionalTree, afterDevice('phone'), 'ssl-on')).toMatchObject({ ok: true })
    })

    it('replays a link with a hidden answer as unknown, saying why, with the valid prefix', () => {
      expect(replay(conditionalTree, 'device', ['phone', '587'])).toEqual({
        ok: false,
        reason: 'unknown-answer',
        answer: '587',
        validWalk: afterDevice('phone'),
        why: 'answer-not-offered',
      })
      expect(replay(conditionalTree, 'device', ['desk', '587'])).toMatchObject({ ok: true })
    })
  })
})
