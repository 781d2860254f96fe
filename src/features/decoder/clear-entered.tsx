import { useState } from 'react'
import { clearEntered } from '@/store/clear-entered.ts'
import { useT } from '@/store/locale-store.ts'
import { usePaste } from '@/store/paste-store.ts'
import { secondaryButton } from '@/ui/styles.ts'

/** Where the paste is kept and for how long, and the button that forgets it (and the message draft). */
export function ClearEntered({ onCleared }: { onCleared: () => void }) {
  const t = useT()
  const [cleared, setCleared] = useState(false)
  const empty = usePaste((s) => s.text === '')
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('clear.kept')}</p>
      <button
        type="button"
        className={secondaryButton}
        onClick={() => {
          clearEntered()
          setCleared(true)
          onCleared()
        }}
      >
        {t('clear.button')}
      </button>
      <p role="status">{cleared && empty ? t('clear.done') : ''}</p>
    </div>
  )
}
