import { useEffect, useState } from 'react'
import { secondaryButton } from './styles.ts'
import { writeClipboard } from './write-clipboard.ts'

type CopyState = 'idle' | 'copied' | 'failed'

type Labels = {
  readonly copy: string
  readonly copied: string
  readonly failed: string
  readonly accessibleName: string
}

/** Copies `text` exactly and says so in a polite live region. */
export function CopyButton({ text, labels }: { text: string; labels: Labels }) {
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => {
    if (state !== 'copied') return
    const timer = setTimeout(() => {
      setState('idle')
    }, 2500)
    return () => {
      clearTimeout(timer)
    }
  }, [state])

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={`${secondaryButton} min-h-9 px-3 py-1 text-sm`}
        aria-label={labels.accessibleName}
        onClick={() => {
          void writeClipboard(text).then((ok) => {
            setState(ok ? 'copied' : 'failed')
          })
        }}
      >
        {state === 'copied' ? labels.copied : labels.copy}
      </button>
      <span role="status" className={state === 'failed' ? 'text-sm' : 'sr-only'}>
        {state === 'copied' ? labels.copied : state === 'failed' ? labels.failed : ''}
      </span>
    </span>
  )
}
