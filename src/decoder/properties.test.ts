import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LANDING_NODES } from './classify/landing.ts'
import { decodeText } from './decode.ts'
import { decodeEmail } from './decode-email.ts'
import { RULE_FIXTURES } from './fixtures/rule-fixtures.ts'
import { flat } from './flat.ts'
import { type Diagnosis, SISIMAI_REASONS } from './types.ts'

function expectWellFormed(input: string, list: Diagnosis[]): void {
  expect(list.length).toBeGreaterThanOrEqual(1)
  for (const raw of list) {
    const d = flat(raw)
    expect(LANDING_NODES).toContain(d.node)
    expect(['sender-server', 'recipient-server', 'unknown']).toContain(d.side)
    if (d.reason !== null) expect(SISIMAI_REASONS).toContain(d.reason)
    expect(d.recognised).toBe(d.reason !== null)
    if (d.replyCode !== null) expect(d.replyCode).toMatch(/^[245]\d\d$/)
    if (d.enhancedStatus !== null) expect(d.enhancedStatus).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/)
    for (const e of d.evidence) {
      expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true)
      expect(0 <= e.start && e.start <= e.end && e.end <= input.length).toBe(true)
      expect(input.slice(e.start, e.end)).toBe(e.text)
    }
  }
}

const fixtures = Object.values(RULE_FIXTURES)
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))
/** Real error wording cut and mixed with noise, so the rules and extractors run on odd text. */
const mixed = fc
  .array(
    fc.oneof(
      fc.constantFrom(...fixtures),
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: loneSurrogate }),
      fc.constantFrom(
        '\n',
        '\r\n',
        '  ',
        '<',
        '>',
        '@example.net',
        'said: ',
        'Final-Recipient: rfc822; a@b.example\n',
      ),
    ),
    { maxLength: 12 },
  )
  .chain((parts) => fc.tuple(fc.constant(parts.join('')), fc.nat(), fc.nat()))
  .map(([text, a, b]) => {
    const from = text.length === 0 ? 0 : a % text.length
    return text.slice(from, from + 1 + (b % 4000))
  })

describe('decodeText is total', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expectWellFormed(s, decodeText(s))
      }),
    )
  })

  it('on any full-Unicode string (including astral characters and lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expectWellFormed(s, decodeText(s))
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: loneSurrogate }), (s) => {
        expectWellFormed(s, decodeText(s))
      }),
    )
  })

  it('on random bytes decoded as latin1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const s = new TextDecoder('latin1').decode(bytes)
        expectWellFormed(s, decodeText(s))
      }),
    )
  })

  it('on real error wording cut and mixed with noise', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        expectWellFormed(s, decodeText(s))
      }),
      { numRuns: 300 },
    )
  })

  it('on huge inputs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.integer({ min: 1, max: 5 }), (fixture, mb) => {
        const filler = 'Lorem ipsum <x@example.com> 250 2.0.0 ok relay=mx.example.org\n'
        const big = `${filler.repeat(Math.ceil((mb * 1024 * 1024) / filler.length))}${fixture}\n`
        const list = decodeText(big)
        expectWellFormed(big, list)
      }),
      { numRuns: 4 },
    )
  })

  it('on a 5 MB line without a single newline', () => {
    const big = `${'a'.repeat(5 * 1024 * 1024)} 554 5.7.1 <x@example.net>: Relay access denied`
    expectWellFormed(big, decodeText(big))
  })

  it('on HTML and script tags', () => {
    const html = `<html><body><script>document.write("550 5.1.1")</script><p>550 5.1.1 &lt;x@example.net&gt;: User unknown</p></body></html>`
    const list = decodeText(html)
    expectWellFormed(html, list)
  })

  it('on values that are not strings at run time', () => {
    const decodeAnything = decodeText as (value: unknown) => Diagnosis[]
    for (const value of [undefined, null, 42, {}, []]) expect(decodeAnything(value)).toHaveLength(1)
  })
})

describe('decodeEmail is total', () => {
  it('on random bytes and strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.string({ unit: 'binary' })),
        async (raw) => {
          const list = await decodeEmail(raw)
          expect(list.length).toBeGreaterThanOrEqual(1)
          if (typeof raw === 'string') {
            for (const d of list) for (const e of d.evidence) expect(raw.slice(e.start, e.end)).toBe(e.text)
          }
        },
      ),
      { numRuns: 100 },
    )
  })
})
