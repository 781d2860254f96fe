import { useState } from 'react'
import { secondaryButton } from './styles.ts'
import { useHydrated } from './use-hydrated.ts'

/**
 * Says where what the user entered is kept and for how long, with a button that forgets it. The
 * confirmation is announced once the caller reports the data gone (`isEmpty`).
 */
export function ClearControl({
  keptText,
  buttonText,
  doneText,
  isEmpty,
  onClear,
  className = '',
}: {
  keptText: string
  buttonText: string
  doneText: string
  isEmpty: boolean
  onClear: () => void
  className?: string
}) {
  const [cleared, setCleared] = useState(false)
  // Prerendered (the decode screen is), it stays off until the app runs and can act on it.
  const hydrated = useHydrated()
  return (
    <div className={`space-y-2 ${className}`}>
      <p className="text-sm text-slate-700 dark:text-slate-300">{keptText}</p>
      <button
        type="button"
        className={secondaryButton}
        disabled={!hydrated}
        onClick={() => {
          onClear()
          setCleared(true)
        }}
      >
        {buttonText}
      </button>
      <p role="status">{cleared && isEmpty ? doneText : ''}</p>
    </div>
  )
}
