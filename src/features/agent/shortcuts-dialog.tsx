import type { MessageKey } from '@/config/messages.ts'
import { agentCallStore, useAgentCall } from '@/store/agent-call-store.ts'
import { useT } from '@/store/locale-store.ts'
import { focusRing } from '@/ui/styles.ts'
import { AgentDialog } from './agent-dialog.tsx'
import { SINGLE_KEYS } from './shortcut-keys.ts'

const ROWS: readonly { keys: readonly string[]; what: MessageKey; single: boolean }[] = [
  { keys: ['1', '…', '9'], what: 'agent.shortcuts.answer', single: true },
  { keys: ['Backspace'], what: 'agent.shortcuts.back', single: false },
  { keys: ['Alt', '←'], what: 'agent.shortcuts.back', single: false },
  { keys: [SINGLE_KEYS.startOver], what: 'agent.shortcuts.startOver', single: true },
  { keys: [SINGLE_KEYS.copy], what: 'agent.shortcuts.copy', single: true },
  { keys: [SINGLE_KEYS.copyMarkdown], what: 'agent.shortcuts.copyMarkdown', single: true },
  { keys: [SINGLE_KEYS.caller], what: 'agent.shortcuts.caller', single: true },
  { keys: [SINGLE_KEYS.help], what: 'agent.shortcuts.help', single: true },
]

/** Lists every shortcut, and lets the agent switch the single-key ones off (WCAG 2.1.4). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT()
  const on = useAgentCall((s) => s.shortcutsOn)
  return (
    <AgentDialog id="agent-shortcuts" title={t('agent.shortcuts')} open={open} onClose={onClose}>
      <p>{t('agent.shortcuts.intro')}</p>
      <table className="w-full text-left">
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.keys.join('+')} className={row.single && !on ? 'opacity-60' : ''}>
              <th scope="row" className="py-1 pr-4 font-normal">
                {row.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && key !== '…' && row.keys[index - 1] !== '…' && ' + '}
                    {key === '…' ? (
                      ' … '
                    ) : (
                      <kbd className="rounded border border-slate-400 px-1.5 font-mono">{key}</kbd>
                    )}
                  </span>
                ))}
              </th>
              <td className="py-1">{t(row.what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="space-y-1">
        <label className="flex items-center gap-2 font-medium">
          <input
            type="checkbox"
            className={`size-5 ${focusRing}`}
            checked={on}
            aria-describedby="agent-shortcuts-toggle-hint"
            onChange={(event) => {
              agentCallStore.getState().setShortcutsOn(event.target.checked)
            }}
          />
          {t('agent.shortcuts.toggle')}
        </label>
        <p id="agent-shortcuts-toggle-hint" className="text-sm text-slate-700 dark:text-slate-300">
          {t('agent.shortcuts.toggleHint')}
        </p>
      </div>
    </AgentDialog>
  )
}
