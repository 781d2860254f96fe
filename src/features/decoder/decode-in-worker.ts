import type { DecodeHint } from '@/decoder/landing.ts'
import type { Diagnosis } from '@/decoder/types.ts'
import type { DecodeRequest } from './decode-protocol.ts'
import { parseDecodeReply } from './decode-protocol.ts'

/** How long a decode may take before the worker is stopped and the user is told. */
export const DECODE_BUDGET_MS = 2000

export type DecodeOutcome =
  | { readonly status: 'done'; readonly diagnoses: readonly Diagnosis[] }
  | { readonly status: 'failed'; readonly problem: 'timeout' | 'error' }

export type DecodeJob = { readonly outcome: Promise<DecodeOutcome>; readonly cancel: () => void }

const ERROR: DecodeOutcome = { status: 'failed', problem: 'error' }

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}

/**
 * Decodes `source` in a fresh worker that is ended after its answer, on cancel, or when it runs over
 * `budgetMs`. The outcome never rejects: a missing, failing or silent worker is a failed outcome.
 */
export function decodeInWorker(
  source: string,
  budgetMs = DECODE_BUDGET_MS,
  hint: DecodeHint = {},
): DecodeJob {
  const worker = startWorker()
  if (!worker) return { outcome: Promise.resolve(ERROR), cancel: () => undefined }
  let stop = () => {
    worker.terminate()
  }
  const outcome = new Promise<DecodeOutcome>((resolve) => {
    const timer = setTimeout(() => {
      finish({ status: 'failed', problem: 'timeout' })
    }, budgetMs)
    stop = () => {
      clearTimeout(timer)
      worker.terminate()
    }
    function finish(result: DecodeOutcome) {
      stop()
      resolve(result)
    }
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const reply = parseDecodeReply(event.data)
      finish(reply?.kind === 'done' ? { status: 'done', diagnoses: reply.diagnoses } : ERROR)
    }
    worker.onmessageerror = () => {
      finish(ERROR)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      finish(ERROR)
    }
  })
  worker.postMessage({ source, hint } satisfies DecodeRequest)
  return {
    outcome,
    cancel: () => {
      stop()
    },
  }
}
