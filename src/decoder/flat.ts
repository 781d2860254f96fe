import type { Diagnosis, RecognisedDiagnosis, SisimaiReason } from './types.ts'

/** Every field of a diagnosis, null where an unrecognised text has none: for tables, reports and JSON output. */
export type FlatDiagnosis = Omit<RecognisedDiagnosis, 'recognised' | 'reason' | 'side' | 'direction'> & {
  recognised: boolean
  reason: SisimaiReason | null
  side: RecognisedDiagnosis['side']
  direction: RecognisedDiagnosis['direction']
}

export function flat(d: Diagnosis): FlatDiagnosis {
  if (d.recognised) return d
  return {
    ...d,
    replyCode: null,
    enhancedStatus: null,
    permanent: null,
    side: 'unknown',
    direction: 'unknown',
    reason: null,
    remoteMta: null,
    mta: null,
    when: null,
  }
}
