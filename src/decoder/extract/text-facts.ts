import type { Fact, Located } from '../classify/classify.ts'
import { type Excerpt, evidenceAt, pickRanges, subExcerpt } from '../parse/excerpt.ts'
import { parseDsn } from '../parse/parse-dsn.ts'
import { segment } from '../parse/segment.ts'
import type { Found } from './extract-codes.ts'
import { cleanHost } from './remote-host.ts'

const ADDR = String.raw`[A-Za-z0-9!#$%&'*+/=?^_{|}~.-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}`
// "<bob@example.net>: Relay access denied", "<bob@example.net>... User unknown" (not the MAIL FROM address).
const ERROR_ADDRESS = new RegExp(String.raw`(?<!FROM:\s{0,3})<(${ADDR})>(?=:|\.\.\.|\s)`, 'i')

function located(ex: Excerpt, start: number, end: number, value: string, why: string): Located {
  return { value, evidence: evidenceAt(ex, start, end, why) }
}

function recipientInError(ex: Excerpt): Located | null {
  const m = ERROR_ADDRESS.exec(ex.text)
  const value = m?.[1]
  if (m === null || value === undefined) return null
  const start = m.index + 1
  return located(ex, start, start + value.length, value.toLowerCase(), 'Recipient')
}

/** The DSN "Remote-MTA" host (no type word, brackets or trailing dot); not when it is the reporting MTA. */
function remoteMtaField(ex: Excerpt, field: Found | null, reporting: string | null): Located | null {
  if (field === null) return null
  const host = cleanHost(field.value)
  if (host === null || host.value.toLowerCase() === reporting?.toLowerCase()) return null
  const start = field.start + host.offset
  return located(ex, start, start + host.value.length, host.value, 'DSN Remote-MTA: the server that refused')
}

/** Facts from DSN fields when the text has them ("Final-Recipient:", "Status:", "Diagnostic-Code:"). */
export function dsnFacts(ex: Excerpt, context: Excerpt): Fact[] {
  const report = parseDsn(ex.text)
  const reporting =
    report.reportingMta === null ? null : (cleanHost(report.reportingMta.value)?.value ?? null)
  return report.recipients.map((r) => {
    const diag = r.diagnostic ?? null
    const text = diag === null ? subExcerpt(ex, 0, 0) : subExcerpt(ex, diag.start, diag.end)
    return {
      text,
      context,
      recipient:
        r.recipient === null
          ? null
          : located(ex, r.recipient.start, r.recipient.end, r.recipient.value, 'Recipient'),
      status:
        r.status === null
          ? null
          : located(ex, r.status.start, r.status.end, r.status.value, 'DSN Status field'),
      remoteMta: remoteMtaField(ex, r.remoteMta, reporting),
      reportingMta: reporting,
      action: r.action?.value ?? null,
      fixedReason: null,
      category: r.category,
    }
  })
}

/** Uses the free text about a recipient when its DSN diagnostic is empty. */
export function withBody(fact: Fact, bodyFacts: readonly Fact[]): Fact {
  if (fact.text.text.trim().length > 0) return fact
  const same = bodyFacts.find((b) => b.recipient !== null && b.recipient.value === fact.recipient?.value)
  const text = same?.text ?? (bodyFacts.length === 1 ? bodyFacts[0]?.text : undefined) ?? fact.context
  return { ...fact, text }
}

/** Facts from free text: DSN fields when present, else one per recipient block, or one for the whole text. */
export function textFacts(ex: Excerpt): Fact[] {
  const blockFacts = freeTextFacts(ex)
  if (
    /^(?:Final|Original)-Recipient:/im.test(ex.text) &&
    /^(?:Status|Action|Diagnostic-Code):/im.test(ex.text)
  ) {
    const facts = dsnFacts(ex, ex).map((f) => withBody(f, blockFacts))
    if (facts.length > 0) return facts
  }
  return blockFacts
}

function freeTextFacts(ex: Excerpt): Fact[] {
  const blocks = segment(ex.text)
  const only = blocks.length === 1 ? blocks[0] : undefined
  return blocks.map((block) => {
    // One recipient: the whole text is about it (the error may sit before the address).
    const text = only !== undefined ? ex : pickRanges(ex, block.ranges)
    const recipient =
      block.recipient === null
        ? recipientInError(text)
        : located(
            ex,
            block.recipient.start,
            block.recipient.end,
            block.recipient.value.toLowerCase(),
            'Recipient',
          )
    return {
      text,
      context: ex,
      recipient,
      status: null,
      remoteMta: null,
      reportingMta: null,
      action: null,
      fixedReason: null,
    }
  })
}
