import { describe, expect, it } from 'vitest'
import { EMPTY_DRAFT, parseDraft } from './message-draft-store.ts'
import { parseSavedWalk } from './resume-store.ts'

describe('parseSavedWalk', () => {
  it('keeps a plausible walk', () => {
    expect(parseSavedWalk({ start: 'eu-start', answers: ['on-send', 'other'] })).toEqual({
      start: 'eu-start',
      answers: ['on-send', 'other'],
    })
  })

  it.each([
    null,
    'eu-start',
    { start: '<script>', answers: [] },
    { start: 'eu-start', answers: 'on-send' },
    { start: 'eu-start', answers: [1] },
    { start: 'eu-start', answers: Array.from({ length: 101 }, () => 'x') },
  ])('drops %j', (value) => {
    expect(parseSavedWalk(value)).toBeNull()
  })
})

describe('parseDraft', () => {
  it('keeps strings, caps their length and drops everything else', () => {
    const draft = parseDraft({ errorText: 'x'.repeat(30_000), when: 5, edited: 'mine', extra: 'ignored' })
    expect(draft.errorText).toHaveLength(20_000)
    expect(draft.when).toBe('')
    expect(draft.edited).toBe('mine')
    expect(draft).not.toHaveProperty('extra')
  })

  it('gives an empty draft for anything that is not an object', () => {
    expect(parseDraft('nonsense')).toEqual(EMPTY_DRAFT)
  })
})
