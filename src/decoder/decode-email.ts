import { classify, type Fact, type Located, unrecognised } from './classify/classify.ts'
import type { DecodeHint } from './classify/landing.ts'
import { sourceOf } from './classify/source.ts'
import { keepRecognised, withSource } from './decode.ts'
import { dsnFacts, textFacts, withBody } from './extract/text-facts.ts'
import { complaintRecipients } from './parse/complaint.ts'
import { detached, type Excerpt } from './parse/excerpt.ts'
import { focus } from './parse/focus.ts'
import { parseEmail } from './parse/parse-email.ts'
import type { Diagnosis, Evidence, InputSource, SisimaiReason } from './types.ts'

const AUTO_REPLY_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|out of (?:the )?office|abwesenheit|vacation|autoreply|auto:|réponse automatique|respuesta automática)/i

// A delivery report, not an out-of-office reply, even when marked Auto-Submitted.
const BOUNCE_WORDS =
  /deliver|undeliver|failure|failed|error|returned mail|mailer-daemon|postmaster|rejected|bounce|not (?:be )?sent|couldn't be|could not be/i

function textOf(raw: string | ArrayBuffer | Uint8Array): string {
  if (typeof raw === 'string') return raw
  return new TextDecoder('utf-8').decode(raw)
}

/** Moves evidence found in a decoded part onto the raw message text; drops what cannot be found there. */
function relocate(diagnosis: Diagnosis, source: string, from: number): Diagnosis {
  const evidence: Evidence[] = []
  for (const e of diagnosis.evidence) {
    if (e.text === '') continue
    let at = source.indexOf(e.text, from)
    if (at < 0) at = source.indexOf(e.text)
    if (at >= 0) evidence.push({ ...e, start: at, end: at + e.text.length })
  }
  return { ...diagnosis, evidence: evidence.sort((a, b) => a.start - b.start) }
}

function structural(reason: SisimaiReason, recipients: readonly string[], context: Excerpt): Fact[] {
  const list = recipients.length > 0 ? recipients : [null]
  return list.map((r) => ({
    text: context,
    context,
    recipient: r === null ? null : ({ value: r.toLowerCase(), evidence: null } satisfies Located),
    status: null,
    remoteMta: null,
    reportingMta: null,
    action: null,
    fixedReason: reason,
  }))
}

function feedbackRecipients(report: string): string[] {
  const found: string[] = []
  for (const m of report.matchAll(
    /^(?:Original-Rcpt-To|Removal-Recipient):\s*<?([^\s<>@]+@[^\s<>]+?)>?\s*$/gim,
  )) {
    if (m[1] !== undefined) found.push(m[1])
  }
  return found
}

/**
 * Decodes a whole email (.eml): the message/delivery-status part per recipient when there is one,
 * else the readable body. Never rejects. Evidence spans index into the message source as text (the
 * string given, or the bytes decoded as UTF-8); evidence only present in an encoded part is left out.
 */
export async function decodeEmail(
  raw: string | ArrayBuffer | Uint8Array,
  hint?: DecodeHint,
): Promise<Diagnosis[]> {
  return decodeMessage(raw, 0, hint)
}

/** A forwarded bounce inside a forwarded bounce is read; deeper nesting is not. */
const MAX_DEPTH = 2

async function decodeMessage(
  raw: string | ArrayBuffer | Uint8Array,
  depth: number,
  hint: DecodeHint | undefined,
): Promise<Diagnosis[]> {
  let messageText = ''
  try {
    messageText = textOf(raw)
    const email = await parseEmail(raw)
    const headerEnd = Math.max(0, messageText.search(/\r?\n\r?\n/))
    const subject = email.headers.get('subject') ?? ''
    // The subject often says what happened ("delayed 24 hours", "Undeliverable"): read it with the body.
    // A report whose declared MIME boundary never occurs parses to nothing: read its raw body instead.
    const body =
      email.body.trim() === '' && email.deliveryStatus.length === 0
        ? messageText.slice(headerEnd)
        : email.body
    const bodyText = `Subject: ${subject}\n\n${body}`
    const bodyFocus = focus(bodyText)
    const bodyFacts = textFacts(bodyFocus)

    let facts: Fact[] = []
    const report = email.feedbackReports[0]
    const complained = report === undefined ? complaintRecipients(email.headers, messageText) : null
    if (report !== undefined) {
      facts = structural('feedback', feedbackRecipients(report), detached(report))
    } else if (complained !== null) {
      facts = structural('feedback', complained, bodyFocus)
    } else {
      for (const part of email.deliveryStatus) {
        facts.push(...dsnFacts(detached(part), bodyFocus).map((f) => withBody(f, bodyFacts)))
      }
    }
    if (facts.length === 0) {
      const kind = sourceOf(bodyFocus.text)
      const bodyBounce = kind === 'unknown' && BOUNCE_WORDS.test(`${subject}\n${body.slice(0, 4096)}`)
      const bodySource: InputSource = bodyBounce ? 'bounce' : kind
      const fromBody = keepRecognised(
        bodyFacts.map((fact) => classify({ ...fact, source: bodySource, hint })),
      )
      const autoSubmitted = (email.headers.get('auto-submitted') ?? '').toLowerCase()
      const bounceLike = BOUNCE_WORDS.test(`${subject}\n${body.slice(0, 4096)}`)
      const isAutoReply =
        AUTO_REPLY_SUBJECT.test(subject.trim()) ||
        ((autoSubmitted.startsWith('auto-replied') || email.headers.has('x-autoreply')) && !bounceLike)
      const saysLittle = fromBody.every((d) => !d.recognised || d.reason === 'onhold')
      if (saysLittle && depth < MAX_DEPTH) {
        // A report forwarded as an attached message (e.g. by a gateway): the report inside decides.
        for (const attached of email.attachedReports) {
          const inner = (await decodeMessage(attached, depth + 1, hint)).filter((d) => d.recognised)
          if (inner.length > 0) return inner.map((d) => relocate(d, messageText, headerEnd))
        }
      }
      if (isAutoReply && saysLittle) facts = structural('vacation', [], bodyFocus)
      else {
        // No report part: the body may be a bounce's text, or a log or mail-app error sent on by email.
        const source: InputSource =
          kind !== 'unknown' ? kind : fromBody.some((d) => d.recognised) || bounceLike ? 'bounce' : 'unknown'
        return withSource(fromBody, source).map((d) => relocate(d, messageText, headerEnd))
      }
    }
    const diagnoses = facts.map((fact) => classify({ ...fact, source: 'bounce', hint }))
    return withSource(keepRecognised(diagnoses), 'bounce').map((d) => relocate(d, messageText, headerEnd))
  } catch {
    return [unrecognised('unknown', null, hint)]
  }
}
