// The control's strings load with it, not with the first screen.
import '@/config/messages-clear.ts'
import { clearEntered } from '@/store/clear-entered.ts'
import { useT } from '@/store/locale-store.ts'
import { useMessageDraft } from '@/store/message-draft-store.ts'
import { ClearControl } from '@/ui/clear-control.tsx'

/** Where the draft is kept and for how long, and the button that forgets it (and the paste). */
export function ClearEntered() {
  const t = useT()
  const empty = useMessageDraft((s) => s.errorText === '' && s.sender === '' && s.edited === null)
  return (
    <ClearControl
      keptText={t('clear.kept')}
      buttonText={t('clear.button')}
      doneText={t('clear.done')}
      isEmpty={empty}
      onClear={clearEntered}
      className="print:hidden"
    />
  )
}
