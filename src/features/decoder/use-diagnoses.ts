import { useEffect, useState } from 'react'
import type { DecodeHint } from '@/decoder/landing.ts'
import type { Diagnosis } from '@/decoder/types.ts'
import { DECODE_BUDGET_MS, decodeInWorker } from './decode-in-worker.ts'

export type DecodeResult =
  | { readonly status: 'idle' }
  | { readonly status: 'reading' }
  | {
      readonly status: 'done'
      readonly source: string
      readonly diagnoses: readonly Diagnosis[]
      readonly run: number
    }
  | { readonly status: 'failed'; readonly problem: 'timeout' | 'error'; readonly run: number }

const NO_HINT: DecodeHint = {}

type Settled = Extract<DecodeResult, { run: number }> & { readonly source: string }

/**
 * Decodes `source` (pasted text or a whole email) in a worker whenever a new read is requested.
 * "Reading" is derived: the latest request has no settled answer yet.
 */
export function useDiagnoses(source: string | null, run: number, hint: DecodeHint = NO_HINT): DecodeResult {
  const [settled, setSettled] = useState<Settled | null>(null)
  useEffect(() => {
    if (source === null) return
    const job = decodeInWorker(source, DECODE_BUDGET_MS, hint)
    let current = true
    void job.outcome.then((outcome) => {
      if (current) setSettled({ ...outcome, source, run })
    })
    return () => {
      current = false
      job.cancel()
    }
  }, [source, run, hint])
  if (source === null) return { status: 'idle' }
  if (settled?.run !== run || settled.source !== source) return { status: 'reading' }
  return settled
}
