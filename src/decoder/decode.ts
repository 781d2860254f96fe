import { classify, unrecognised } from './classify/classify.ts'
import type { DecodeHint } from './classify/landing.ts'
import { sourceOf } from './classify/source.ts'
import { textFacts } from './extract/text-facts.ts'
import type { Excerpt } from './parse/excerpt.ts'
import { focus } from './parse/focus.ts'
import { looksLikeEmail } from './parse/parse-email.ts'
import type { Diagnosis, InputSource, RecognisedDiagnosis } from './types.ts'

/** Keeps recognised diagnoses; the unrecognised one only when nothing was recognised. */
export function keepRecognised(list: readonly Diagnosis[]): Diagnosis[] {
  const recognised = list.filter((d): d is RecognisedDiagnosis => d.recognised)
  // In a log paste, lines about delivered mail are context; the failures are what the user asks about.
  const failures = recognised.filter((d) => d.reason !== 'delivered')
  if (failures.length > 0) return failures
  if (recognised.length > 0) return recognised
  return [list[0] ?? unrecognised()]
}

/**
 * Decodes pasted bounce, error-dialog or log text: one diagnosis per recipient the text names, always at
 * least one. Total: never throws, whatever the input. Evidence spans index into `text` itself.
 */
export function decodeText(text: string, hint?: DecodeHint): Diagnosis[] {
  if (typeof text !== 'string' || text.length === 0) return [unrecognised('unknown', null, hint)]
  let source: InputSource = 'unknown'
  try {
    const ex = focus(text)
    source = sourceOf(ex.text)
    if (source === 'unknown' && ex.text.length < text.length) source = sourceOf(text)
    // A whole email pasted as text: a bounce, when the decoder can read its report.
    if (source === 'unknown' && looksLikeEmail(text)) {
      const asBounce = diagnose(ex, 'bounce', hint)
      if (asBounce.some((d) => d.recognised)) return asBounce
    }
    return diagnose(ex, source, hint)
  } catch {
    return [unrecognised(source, null, hint)]
  }
}

/** Every diagnosis of one input shares the kind of text it came from. */
export function withSource(list: readonly Diagnosis[], source: InputSource): Diagnosis[] {
  return list.map((d) => ({ ...d, source }))
}

function diagnose(ex: Excerpt, source: InputSource, hint: DecodeHint | undefined): Diagnosis[] {
  const diagnoses = textFacts(ex).map((fact) => classify({ ...fact, source, hint }))
  if (diagnoses.length > 1 && !diagnoses.some((d) => d.recognised)) {
    // The blocks were split on addresses that carried no error; read the text as one.
    const whole = {
      text: ex,
      context: ex,
      recipient: null,
      status: null,
      remoteMta: null,
      reportingMta: null,
      action: null,
      fixedReason: null,
      source,
      hint,
    }
    return keepRecognised([classify(whole)])
  }
  return keepRecognised(diagnoses)
}

/** The first recipient's diagnosis. */
export function decode(text: string, hint?: DecodeHint): Diagnosis {
  return decodeText(text, hint)[0] ?? unrecognised('unknown', null, hint)
}
