import type { Walk } from '@/engine/walk.ts'
import { useT } from '@/store/locale-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { secondaryButton } from '@/ui/styles.ts'
import type { AgentAction } from './shortcut-keys.ts'
import { SINGLE_KEYS } from './shortcut-keys.ts'

type Control = {
  readonly label: string
  readonly onClick: () => void
  /** Keys announced with aria-keyshortcuts; single keys only while they are switched on. */
  readonly keys?: string | undefined
  readonly shown?: boolean
}

/** Every shortcut is a button too, so nothing needs a key; each button announces its key. */
export function AgentToolbar({
  walk,
  keysOn,
  onAction,
  onShowSummary,
  onEndCall,
}: {
  walk: Walk<NodeId> | null
  keysOn: boolean
  onAction: (action: AgentAction) => void
  onShowSummary: () => void
  onEndCall: () => void
}) {
  const t = useT()
  const single = (key: string) => (keysOn ? key.toUpperCase() : undefined)
  const canGoBack = walk !== null && walk.trail.length > 0
  const controls: Control[] = [
    {
      label: `← ${t('agent.back')}`,
      keys: 'Backspace Alt+ArrowLeft',
      shown: canGoBack,
      onClick: () => {
        onAction({ kind: 'back' })
      },
    },
    {
      label: t('agent.startOver'),
      keys: single(SINGLE_KEYS.startOver),
      shown: canGoBack,
      onClick: () => {
        onAction({ kind: 'start-over' })
      },
    },
    {
      label: t('agent.copyText'),
      keys: single(SINGLE_KEYS.copy),
      onClick: () => {
        onAction({ kind: 'copy', format: 'text' })
      },
    },
    {
      label: t('agent.copyMarkdown'),
      keys: single(SINGLE_KEYS.copyMarkdown),
      onClick: () => {
        onAction({ kind: 'copy', format: 'markdown' })
      },
    },
    { label: t('agent.showSummary'), onClick: onShowSummary },
    {
      label: t('agent.callerView'),
      keys: single(SINGLE_KEYS.caller),
      shown: walk !== null,
      onClick: () => {
        onAction({ kind: 'caller' })
      },
    },
    {
      label: t('agent.shortcuts'),
      keys: keysOn ? 'Shift+?' : undefined,
      onClick: () => {
        onAction({ kind: 'help' })
      },
    },
    { label: t('agent.endCall'), onClick: onEndCall },
  ]
  return (
    <div className="flex flex-wrap gap-2">
      {controls
        .filter((control) => control.shown !== false)
        .map((control) => (
          <button
            key={control.label}
            type="button"
            className={`${secondaryButton} min-h-9 px-3 py-1 text-sm`}
            aria-keyshortcuts={control.keys}
            onClick={control.onClick}
          >
            {control.label}
          </button>
        ))}
    </div>
  )
}
