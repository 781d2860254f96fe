import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import type { ReplayResult } from '@/engine/walk.ts'
import { useT } from '@/store/locale-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { ScreenHeading } from '@/ui/screen-heading.tsx'
import { primaryButton, secondaryButton } from '@/ui/styles.ts'
import { agentHref } from './agent-href.ts'

/** An agent address that cannot be replayed: what does not fit, and the ways on. */
export function AgentBadLink({ result }: { result: Exclude<ReplayResult<NodeId>, { ok: true }> }) {
  const t = useT()
  const part = result.reason === 'unknown-node' ? result.node : result.answer
  return (
    <section className="space-y-6" aria-labelledby="screen-heading">
      <ScreenHeading id="screen-heading" focusKey={`agent-bad-link-${part}`}>
        {t('agent.badLink.title')}
      </ScreenHeading>
      <p className="text-lg">{t('agent.badLink.body', { part })}</p>
      <div className="flex flex-wrap gap-3">
        {result.reason === 'unknown-answer' && (
          <Link className={primaryButton} to={agentHref(result.validWalk)}>
            {t('agent.badLink.continue')}
          </Link>
        )}
        <Link className={secondaryButton} to={paths.agent.href()}>
          {t('agent.badLink.fresh')}
        </Link>
      </div>
    </section>
  )
}
