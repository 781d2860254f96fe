import '@/config/messages-wizard.ts'
import type { Walk } from '@/engine/walk.ts'
import { answersAt, questionNumber } from '@/engine/walk.ts'
import { useT } from '@/store/locale-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { AgentDialog } from './agent-dialog.tsx'
import { useAgentKit } from './agent-kit.ts'
import { useWalkFacts } from './use-walk-facts.ts'

/** The caller's screen for this step, word for word as the wizard shows it in their app, to read out. */
export function CallerScreenDialog({
  walk,
  open,
  onClose,
}: {
  walk: Walk<NodeId>
  open: boolean
  onClose: () => void
}) {
  const t = useT()
  const { Blocks, RichText } = useAgentKit()
  const facts = useWalkFacts(walk)
  const node = tree.nodes[walk.current]
  const answers = answersAt(tree, walk)
  return (
    <AgentDialog id="agent-caller" title={t('agent.caller.title')} open={open} onClose={onClose}>
      <div className="space-y-4 rounded-xl border-2 border-dashed border-slate-400 p-4">
        <p className="font-medium text-slate-700 dark:text-slate-300">
          {node.kind === 'question'
            ? t('wizard.stepCount', { n: questionNumber(tree, walk) })
            : node.kind === 'outcome'
              ? t(`wizard.verdict.${node.verdict}`)
              : null}
        </p>
        <p className="text-2xl font-bold">
          <RichText text={node.title} />
        </p>
        <Blocks blocks={node.body ?? []} facts={facts} />
        {node.kind === 'step' && <p className="text-lg font-semibold">{t('wizard.didItWork')}</p>}
        {answers.length > 0 && (
          <ul className="list-disc space-y-1 pl-6" aria-label={t('agent.caller.answers')}>
            {answers.map((answer) => (
              <li key={answer.key}>
                <RichText text={answer.label} />
                {answer.hint && (
                  <span className="block text-sm text-slate-700 dark:text-slate-300">
                    <RichText text={answer.hint} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {node.kind === 'outcome' && node.ask && (
          <p>
            <strong className="font-semibold">{t('wizard.ask')}: </strong>
            <RichText text={node.ask} />
          </p>
        )}
      </div>
    </AgentDialog>
  )
}
