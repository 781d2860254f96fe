import { describe, expect, it } from 'vitest'
import { sampleTree } from './fixtures.ts'
import { back, choose, factsOf, isFinished, reopen, replay, restart, startAt, trailAnswers } from './walk.ts'

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
      })
    })
  })
})
