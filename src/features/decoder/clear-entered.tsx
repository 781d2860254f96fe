// The control's strings load with it, not with the first screen.
import '@/config/messages-clear.ts'
import { clearEntered } from '@/store/clear-entered.ts'
import { useT } from '@/store/locale-store.ts'
import { usePaste } from '@/store/paste-store.ts'
import { ClearControl } from '@/ui/clear-control.tsx'

/** Where the paste is kept and for how long, and the button that forgets it (and the message draft). */
export function ClearEntered({ onCleared }: { onCleared: () => void }) {
  const t = useT()
  const empty = usePaste((s) => s.text === '')
  return (
    <ClearControl
      keptText={t('clear.kept')}
      buttonText={t('clear.button')}
      doneText={t('clear.done')}
      isEmpty={empty}
      onClear={() => {
        clearEntered()
        onCleared()
      }}
    />
  )
}
