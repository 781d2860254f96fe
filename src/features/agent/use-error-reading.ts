import { useEffect, useState } from 'react'
import { agentCallStore } from '@/store/agent-call-store.ts'
import type { DecodeOutcome } from './agent-kit.ts'
import { useAgentKit } from './agent-kit.ts'

export type ErrorReading = { readonly status: 'idle' } | { readonly status: 'reading' } | DecodeOutcome

type Request = { readonly text: string; readonly run: number }

/**
 * Reads the pasted error off the page's thread each time `read` is called; an error pasted earlier in
 * this call (it is kept in this tab) is read again when the view opens.
 */
export function useErrorReading(): {
  reading: ErrorReading
  read: (text: string) => void
  forget: () => void
} {
  const { decode } = useAgentKit()
  const [request, setRequest] = useState<Request | null>(() => {
    const text = agentCallStore.getState().errorText
    return text.trim() === '' ? null : { text, run: 0 }
  })
  const [settled, setSettled] = useState<{ run: number; outcome: DecodeOutcome } | null>(null)
  useEffect(() => {
    if (!request) return
    const job = decode(request.text)
    let current = true
    void job.outcome.then((outcome) => {
      if (current) setSettled({ run: request.run, outcome })
    })
    return () => {
      current = false
      job.cancel()
    }
  }, [request, decode])
  const reading: ErrorReading =
    request === null
      ? { status: 'idle' }
      : settled?.run === request.run
        ? settled.outcome
        : { status: 'reading' }
  return {
    reading,
    read: (text) => {
      setRequest((previous) => ({ text, run: (previous?.run ?? 0) + 1 }))
    },
    forget: () => {
      setRequest(null)
    },
  }
}
