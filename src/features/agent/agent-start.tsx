import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import { useAgentCall } from '@/store/agent-call-store.ts'
import { useT } from '@/store/locale-store.ts'
import { ENTRIES } from '@/trees/entries.ts'
import { ScreenHeading } from '@/ui/screen-heading.tsx'
import { choiceButton } from '@/ui/styles.ts'
import { ENTRY_IDS } from './entry-ids.ts'

/** A fresh call: where the caller sends from (keys 1 and 2 pick it too). */
export function AgentStart() {
  const t = useT()
  const keysOn = useAgentCall((s) => s.shortcutsOn)
  return (
    <section className="space-y-4" aria-labelledby="screen-heading">
      <ScreenHeading id="screen-heading" focusKey={paths.agent.href()}>
        {t('agent.title')}
      </ScreenHeading>
      <p className="text-lg">{t('agent.lead')}</p>
      <h2 id="agent-entries" className="text-lg font-semibold">
        {t('agent.entries')}
      </h2>
      <ol className="space-y-2" aria-labelledby="agent-entries">
        {ENTRY_IDS.map((entry, index) => (
          <li key={entry}>
            <Link
              className={`${choiceButton} flex-row items-center gap-3`}
              to={paths.agent.href(ENTRIES[entry])}
              aria-keyshortcuts={keysOn ? String(index + 1) : undefined}
            >
              <span
                className="min-w-7 rounded border border-slate-400 px-1.5 text-center font-mono"
                aria-hidden="true"
              >
                {index + 1}
              </span>
              {t(`agent.entry.${entry}`)}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  )
}
