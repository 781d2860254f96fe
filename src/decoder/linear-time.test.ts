import { describe, expect, it } from 'vitest'
import { classify } from './classify/classify.ts'
import { LANDING_NODES } from './classify/landing.ts'
import { sourceOf } from './classify/source.ts'
import { decodeText } from './decode.ts'
import { decodeEmail } from './decode-email.ts'
import { type Found, findPair, findReplyCode, findStatus } from './extract/extract-codes.ts'
import { findRemoteHost, reportingMtaIn } from './extract/remote-host.ts'
import { textFacts } from './extract/text-facts.ts'
import { ADVERSARIAL_FAMILIES, type AdversarialFamily, adversarialText } from './fixtures/adversarial.ts'
import { flat } from './flat.ts'
import { detached } from './parse/excerpt.ts'
import { FOCUS_LIMIT, focus } from './parse/focus.ts'
import { parseDsn } from './parse/parse-dsn.ts'
import { looksLikeEmail, parseEmail } from './parse/parse-email.ts'
import { segment } from './parse/segment.ts'
import type { Diagnosis } from './types.ts'

/**
 * Every step on a megabyte built to make patterns backtrack. Each test must finish within a generous
 * timeout, so a hang fails it; there is no tight timing assertion (the machine may be busy).
 * `npm run bench` prints the actual per-MB figures.
 */
const MB = 1024 * 1024
const TIMEOUT = 10_000
const texts = new Map<AdversarialFamily, string>()
function textOf(family: AdversarialFamily): string {
  let text = texts.get(family)
  if (text === undefined) {
    text = adversarialText(family, MB)
    texts.set(family, text)
  }
  return text
}

const ALL = ADVERSARIAL_FAMILIES.map((f) => [f.name, f] as const)
/** Steps that read the whole megabyte with every rule: one family per kind of run keeps the suite short. */
const EACH_KIND = ALL.filter(
  ([name]) =>
    ['spaces', 'tabs', 'newlines', 'CRLF', 'interleaved'].includes(name) ||
    /^(?:said|\)|<a@b\.example>) then spaces$|^(?:Remote-MTA:|550) on lines$|^host then CRLF$|^@ repeated$/.test(
      name,
    ),
)

function expectFoundIn(text: string, found: Found | null): void {
  if (found !== null) expect(text.slice(found.start, found.end)).toBe(found.value)
}

function expectDiagnoses(input: string, list: readonly Diagnosis[]): void {
  expect(list.length).toBeGreaterThanOrEqual(1)
  for (const d of list) {
    expect(LANDING_NODES).toContain(d.node)
    expect(d.recognised).toBe(flat(d).reason !== null)
    for (const e of d.evidence) expect(input.slice(e.start, e.end)).toBe(e.text)
  }
}

describe('decoding adversarial pastes of 1 MB finishes', () => {
  it('has families for blanks, for each token and interleaved', () => {
    expect(ALL.length).toBeGreaterThan(40)
    expect(EACH_KIND.length).toBe(12)
    for (const [, f] of ALL) expect(textOf(f)).toHaveLength(MB)
  })

  it.each(ALL)(
    'focus: %s',
    (_name, f) => {
      const text = textOf(f)
      const ex = focus(text)
      expect(ex.text.length).toBeLessThanOrEqual(FOCUS_LIMIT * 2)
      for (const p of ex.pieces) expect(p.from + p.length).toBeLessThanOrEqual(text.length)
    },
    TIMEOUT,
  )

  it.each(ALL)(
    'segment: %s',
    (_name, f) => {
      const text = textOf(f)
      const blocks = segment(text)
      expect(blocks.length).toBeGreaterThanOrEqual(1)
      expect(blocks.length).toBeLessThanOrEqual(100)
      for (const b of blocks) {
        expectFoundIn(text, b.recipient)
        for (const [s, e] of b.ranges) expect(0 <= s && s <= e && e <= text.length).toBe(true)
      }
    },
    TIMEOUT,
  )

  it.each(ALL)(
    'code extraction: %s',
    (_name, f) => {
      const text = textOf(f)
      const pair = findPair(text)
      if (pair !== null) {
        expectFoundIn(text, pair.reply)
        expectFoundIn(text, pair.status)
      }
      const status = findStatus(text)
      expectFoundIn(text, status)
      if (status !== null) expect(status.value).toMatch(/^[245]\.[0-7]\.\d{1,3}$/)
      const reply = findReplyCode(text)
      expectFoundIn(text, reply)
      if (reply !== null) expect(reply.value).toMatch(/^[245][0-5]\d$/)
    },
    TIMEOUT,
  )

  it.each(ALL)(
    'DSN parsing: %s',
    (_name, f) => {
      const text = textOf(f)
      const report = parseDsn(text)
      // No "Final-Recipient:" field in any family: no recipient group.
      expect(report.recipients).toEqual([])
      expect(report.reportingMta).toBeNull()
    },
    TIMEOUT,
  )

  it.each(ALL)(
    'remote host and source: %s',
    (_name, f) => {
      const text = textOf(f)
      const host = findRemoteHost(text)
      if (host !== null) expect(text.slice(host.start, host.end)).toBe(host.value)
      expect(reportingMtaIn(text)).toBeNull()
      expect(['server-log', 'bounce', 'client-error', 'unknown']).toContain(sourceOf(text))
      expect(typeof looksLikeEmail(text)).toBe('boolean')
    },
    TIMEOUT,
  )

  it.each(ALL)(
    'decodeText: %s',
    (_name, f) => {
      const text = textOf(f)
      expectDiagnoses(text, decodeText(text))
    },
    TIMEOUT,
  )

  it.each(EACH_KIND)(
    'classify on the whole megabyte: %s',
    (_name, f) => {
      const text = textOf(f)
      const ex = detached(text)
      const d = classify({
        text: ex,
        context: ex,
        recipient: null,
        status: null,
        remoteMta: null,
        reportingMta: null,
        action: null,
        fixedReason: null,
      })
      expectDiagnoses(text, [d])
      expect(textFacts(focus(text)).length).toBeGreaterThanOrEqual(1)
    },
    TIMEOUT,
  )

  it.each(EACH_KIND)(
    'email parsing and decodeEmail: %s',
    async (_name, f) => {
      const text = textOf(f)
      const email = await parseEmail(text)
      expect(email.deliveryStatus).toEqual([])
      expectDiagnoses(text, await decodeEmail(text))
      const bytes = new TextEncoder().encode(text)
      expect((await decodeEmail(bytes)).length).toBeGreaterThanOrEqual(1)
    },
    TIMEOUT,
  )
})
