import { Link } from 'react-router'
import type { Walk } from '@/engine/walk.ts'
import { reopen, trailAnswers } from '@/engine/walk.ts'
import { useAgentCall } from '@/store/agent-call-store.ts'
import { useT } from '@/store/locale-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { textLink } from '@/ui/styles.ts'
import { agentHref } from './agent-href.ts'
import { useAgentKit } from './agent-kit.ts'
import { usePlainText } from './use-plain-text.ts'

/** The whole call so far: every question with its answer and note; any answer can be changed. */
export function AgentTrail({ walk }: { walk: Walk<NodeId> }) {
  const t = useT()
  const resolve = usePlainText()
  const { RichText } = useAgentKit()
  const notes = useAgentCall((s) => s.notes)
  const steps = trailAnswers(tree, walk)
  return (
    <nav
      aria-labelledby="agent-trail-heading"
      className="rounded-xl border border-slate-300 p-4 dark:border-slate-700"
    >
      <h2 id="agent-trail-heading" className="mb-2 text-lg font-semibold">
        {t('agent.trail')}
      </h2>
      {steps.length === 0 ? (
        <p className="text-sm">{t('agent.trailEmpty')}</p>
      ) : (
        <ol className="list-decimal space-y-2 pl-6 text-sm">
          {steps.map((step, index) => (
            <li key={step.node}>
              <span className="text-slate-700 dark:text-slate-300">
                <RichText text={step.nodeData.title} />
              </span>{' '}
              <span aria-hidden="true">→</span>{' '}
              <strong className="font-semibold">
                <RichText text={step.answer.label} />
              </strong>{' '}
              <Link
                className={textLink}
                to={agentHref(reopen(walk, index))}
                aria-label={t('agent.trailChangeLabel', { question: resolve(step.nodeData.title) })}
              >
                {t('agent.trailChange')}
              </Link>
              {notes[step.node] && <p className="whitespace-pre-wrap italic">{notes[step.node]}</p>}
            </li>
          ))}
        </ol>
      )}
    </nav>
  )
}
