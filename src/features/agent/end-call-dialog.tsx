import { useT } from '@/store/locale-store.ts'
import { primaryButton } from '@/ui/styles.ts'
import { AgentDialog } from './agent-dialog.tsx'

/** Asks before ending the call, since ending it deletes the notes and the pasted error. */
export function EndCallDialog({
  open,
  onClose,
  onConfirm,
}: {
  open: boolean
  onClose: () => void
  onConfirm: () => void
}) {
  const t = useT()
  return (
    <AgentDialog
      id="agent-end-call"
      title={t('agent.endCall.title')}
      open={open}
      onClose={onClose}
      closeLabel={t('agent.endCall.cancel')}
      actions={
        <button type="button" className={primaryButton} onClick={onConfirm}>
          {t('agent.endCall.confirm')}
        </button>
      }
    >
      <p>{t('agent.endCall.body')}</p>
    </AgentDialog>
  )
}
