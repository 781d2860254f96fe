import { useEffect, useState } from 'react'
import { decodeText } from '@/decoder/decode.ts'
import { decodeEmail } from '@/decoder/decode-email.ts'
import { looksLikeEmail } from '@/decoder/parse-email.ts'
import type { Diagnosis } from '@/decoder/types.ts'

export type DecodeResult =
  | { readonly status: 'idle' }
  | { readonly status: 'reading' }
  | {
      readonly status: 'done'
      readonly source: string
      readonly diagnoses: readonly Diagnosis[]
      readonly run: number
    }

/** Decodes `source` (pasted text or a whole email) whenever a new read is requested. */
export function useDiagnoses(source: string | null, run: number): DecodeResult {
  const [result, setResult] = useState<DecodeResult>({ status: 'idle' })
  useEffect(() => {
    if (source === null) return
    let current = true
    if (looksLikeEmail(source)) {
      setResult({ status: 'reading' })
      void decodeEmail(source).then((diagnoses) => {
        if (current) setResult({ status: 'done', source, diagnoses, run })
      })
    } else {
      setResult({ status: 'done', source, diagnoses: decodeText(source), run })
    }
    return () => {
      current = false
    }
  }, [source, run])
  return result
}
