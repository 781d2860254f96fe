import { useState } from 'react'
import { clearEntered } from '@/store/clear-entered.ts'
import { useT } from '@/store/locale-store.ts'
import { useMessageDraft } from '@/store/message-draft-store.ts'
import { secondaryButton } from '@/ui/styles.ts'

/** Where the draft is kept and for how long, and the button that forgets it (and the paste). */
export function ClearEntered() {
  const t = useT()
  const [cleared, setCleared] = useState(false)
  const empty = useMessageDraft((s) => s.errorText === '' && s.sender === '' && s.edited === null)
  return (
    <div className="space-y-2 print:hidden">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('clear.kept')}</p>
      <button
        type="button"
        className={secondaryButton}
        onClick={() => {
          clearEntered()
          setCleared(true)
        }}
      >
        {t('clear.button')}
      </button>
      <p role="status">{cleared && empty ? t('clear.done') : ''}</p>
    </div>
  )
}
