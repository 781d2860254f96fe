import { classify, unrecognised } from './classify.ts'
import { focus } from './focus.ts'
import { textFacts } from './text-facts.ts'
import type { Diagnosis } from './types.ts'

/** Keeps recognised diagnoses; the unrecognised one only when nothing was recognised. */
export function keepRecognised(list: readonly Diagnosis[]): Diagnosis[] {
  const recognised = list.filter((d) => d.recognised)
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
export function decodeText(text: string): Diagnosis[] {
  if (typeof text !== 'string' || text.length === 0) return [unrecognised()]
  try {
    const ex = focus(text)
    const diagnoses = textFacts(ex).map(classify)
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
      }
      return keepRecognised([classify(whole)])
    }
    return keepRecognised(diagnoses)
  } catch {
    return [unrecognised()]
  }
}

/** The first recipient's diagnosis. */
export function decode(text: string): Diagnosis {
  return decodeText(text)[0] ?? unrecognised()
}
