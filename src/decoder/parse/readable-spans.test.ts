import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withoutLongBlankRuns } from './readable-spans.ts'

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r'

/** The plain definition: read every character, and cut each maximal run of blanks over 256 to its two 64-character ends. */
function cutByReadingEverything(input: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = []
  let from = start
  let run = -1
  for (let i = start; i <= end; i++) {
    if (i < end && isBlank(input.charAt(i))) {
      if (run < 0) run = i
      continue
    }
    if (run >= 0 && i - run > 256) {
      out.push([from, run + 64])
      from = i - 64
    }
    run = -1
  }
  if (end > from) out.push([from, end])
  return out
}

const cut = (input: string, start = 0, end = input.length) => {
  const out: [number, number][] = []
  withoutLongBlankRuns(input, start, end, out)
  return out
}

/** Text made of runs: words, and blanks of every length around the limits (1, 255–258, 300, 1000). */
const runs = fc
  .array(
    fc.oneof(
      fc.constantFrom('x', 'word', 'a.b@c.example', '5.7.1'),
      fc
        .tuple(
          fc.constantFrom(' ', '\t', '\n', '\r\n'),
          fc.constantFrom(1, 2, 127, 128, 129, 255, 256, 257, 258, 300, 1000),
        )
        .map(([blank, n]) => blank.repeat(n).slice(0, n)),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

describe('withoutLongBlankRuns', () => {
  it('cuts exactly what reading every character cuts, on any mix of words and blank runs', () => {
    fc.assert(
      fc.property(runs, (text) => {
        expect(cut(text)).toEqual(cutByReadingEverything(text, 0, text.length))
      }),
      { numRuns: 500 },
    )
  })

  it('does the same within part of a text, for runs that reach past either end of it', () => {
    fc.assert(
      fc.property(runs, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % text.length
        const end = start + (text.length === start ? 0 : b % (text.length - start + 1))
        expect(cut(text, start, end)).toEqual(cutByReadingEverything(text, start, end))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps both 64-character ends of a long run and drops its middle', () => {
    const text = `a${' '.repeat(1000)}b`
    expect(cut(text)).toEqual([
      [0, 65],
      [937, 1002],
    ])
  })

  it('leaves a run of exactly 256 blanks whole', () => {
    const text = `a${'\n'.repeat(256)}b`
    expect(cut(text)).toEqual([[0, text.length]])
  })
})
