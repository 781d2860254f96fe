import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segment } from './segment.ts'

const ADDRESSES = ['ann@example.org', 'bea@example.net', 'cy@example.jp']

/** One line of a paste, with `@` standing for its address: recipient lines of both kinds, or none. */
const LINES = [
  '<@>: host mx.example.org said: 554 5.7.1 Relay access denied',
  '@ (expanded from <list@example.org>)',
  '<@>... Relaying denied',
  'RCPT TO:<@>',
  '<<< 554 5.7.1 <@>: Relay access denied',
  'Jan  1 00:00:00 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from x[192.0.2.1]: to=<@> proto=ESMTP',
  '<@>... RCPT TO:<@>',
  'Final-Recipient: rfc822; @',
  '   ----- Transcript of session follows -----',
  'the server said something',
  '',
]

const paste = fc.array(
  fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...ADDRESSES), fc.constantFrom(...ADDRESSES)),
  { maxLength: 40 },
)

/** Writes the lines, each address in upper case at every other mention when `alternate`. */
function write(lines: [string, string, string][], alternate: boolean): string {
  let mention = 0
  const cased = (address: string) => (alternate && mention++ % 2 === 1 ? address.toUpperCase() : address)
  return lines
    .map(([line, first, second]) => {
      let n = 0
      return line.replace(/@/g, () => cased(n++ === 0 ? first : second))
    })
    .join('\n')
}

const shape = (text: string) =>
  segment(text).map((block) => ({
    recipient: block.recipient && { ...block.recipient, value: block.recipient.value.toLowerCase() },
    ranges: block.ranges,
  }))

describe('segment, on pastes that name one recipient again and again', () => {
  it('cuts the same blocks as when no two mentions in a row are spelled alike', () => {
    // Mentions spelled alike, one after another, are merged early; spelled in another case they are
    // not, yet name the same recipient: the blocks must not differ.
    fc.assert(
      fc.property(paste, (lines) => {
        expect(shape(write(lines, false))).toEqual(shape(write(lines, true)))
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps one block for thousands of lines about one recipient', () => {
    const text = '<ann@example.org>: 554 5.7.1 Relay access denied\n'.repeat(5000)
    expect(segment(text)).toEqual([
      { recipient: { value: 'ann@example.org', start: 1, end: 16 }, ranges: [[0, text.length]] },
    ])
  })
})
