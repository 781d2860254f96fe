import { describe, expect, it } from 'vitest'
import { evidenceExcerpts, evidenceText } from './evidence-excerpts.ts'

const TEXT =
  'Subject: Undelivered\nhost mx.example.net said: 554 5.7.1 <a@example.net>: Relay access denied\nBye'

describe('evidenceExcerpts', () => {
  it('returns only the lines with evidence, with the evidence marked', () => {
    const start = TEXT.indexOf('Relay access denied')
    const code = TEXT.indexOf('554')
    const excerpts = evidenceExcerpts(TEXT, [
      { start, end: start + 19 },
      { start: code, end: code + 3 },
    ])
    expect(excerpts).toEqual([
      [
        { text: 'host mx.example.net said: ', marked: false },
        { text: '554', marked: true },
        { text: ' 5.7.1 <a@example.net>: ', marked: false },
        { text: 'Relay access denied', marked: true },
      ],
    ])
  })

  it('merges overlapping spans and ignores spans outside the text', () => {
    expect(
      evidenceExcerpts('abcdef', [
        { start: 1, end: 3 },
        { start: 2, end: 4 },
        { start: 10, end: 12 },
        { start: -1, end: 2 },
      ]),
    ).toEqual([
      [
        { text: 'a', marked: false },
        { text: 'bcd', marked: true },
        { text: 'ef', marked: false },
      ],
    ])
  })

  it('gives the exact evidence lines as text for the message, or the text itself without evidence', () => {
    const start = TEXT.indexOf('Relay')
    expect(evidenceText(TEXT, [{ start, end: start + 5 }])).toBe(
      'host mx.example.net said: 554 5.7.1 <a@example.net>: Relay access denied',
    )
    expect(evidenceText('  just this  ', [])).toBe('just this')
  })
})
