import '@/config/messages-wizard.ts'
import type { MessageKey } from '@/config/messages.ts'
import type { Text } from '@/engine/text.ts'
import type { AgentWording } from '@/engine/types.ts'
import type { Walk } from '@/engine/walk.ts'
import { answersAt, questionNumber } from '@/engine/walk.ts'
import { useT } from '@/store/locale-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { Callout } from '@/ui/callout.tsx'
import { ScreenHeading } from '@/ui/screen-heading.tsx'
import { agentHref } from './agent-href.ts'
import { useAgentKit } from './agent-kit.ts'
import { AnswerKeys } from './answer-keys.tsx'
import { useWalkFacts } from './use-walk-facts.ts'

const label = 'text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300'

function Wording({ agent }: { agent: AgentWording }) {
  const t = useT()
  const { RichText } = useAgentKit()
  const rows: { key: MessageKey; text: Text; tone: string }[] = [
    { key: 'agent.say', text: agent.say, tone: 'text-xl font-medium' },
    { key: 'agent.listenFor', text: agent.listenFor, tone: '' },
    ...(agent.why
      ? [{ key: 'agent.why' as const, text: agent.why, tone: 'text-slate-700 dark:text-slate-300' }]
      : []),
  ]
  return (
    <dl className="space-y-3 rounded-xl border border-slate-300 p-4 dark:border-slate-700">
      {rows.map((row) => (
        <div key={row.key}>
          <dt className={label}>{t(row.key)}</dt>
          <dd className={row.tone}>
            <RichText text={row.text} />
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** The current node for the agent: what to say and listen for, the numbered answers, or the outcome. */
export function CurrentNode({ walk, onChoose }: { walk: Walk<NodeId>; onChoose: (key: string) => void }) {
  const t = useT()
  const { Blocks, RichText } = useAgentKit()
  const facts = useWalkFacts(walk)
  const node = tree.nodes[walk.current]
  const heading = (
    <ScreenHeading id="screen-heading" focusKey={agentHref(walk)}>
      <RichText text={node.title} />
    </ScreenHeading>
  )
  const answers = (
    <>
      <h2 id="agent-answers" className="text-lg font-semibold">
        {t('agent.answers')}
      </h2>
      <AnswerKeys answers={answersAt(tree, walk)} labelledBy="agent-answers" onChoose={onChoose} />
    </>
  )
  if (node.kind === 'question')
    return (
      <section className="space-y-4" aria-labelledby="screen-heading" data-node={walk.current}>
        <p className={label}>{t('agent.question', { n: questionNumber(tree, walk) })}</p>
        {heading}
        {node.agent && <Wording agent={node.agent} />}
        {answers}
      </section>
    )
  if (node.kind === 'step')
    return (
      <section className="space-y-4" aria-labelledby="screen-heading" data-node={walk.current}>
        <p className={label}>{t('agent.step')}</p>
        {heading}
        <p className="font-medium">{t('agent.readSteps')}</p>
        <div className="[&>div]:text-base">
          <Blocks blocks={node.body} facts={facts} />
        </div>
        {answers}
      </section>
    )
  return (
    <section className="space-y-4" aria-labelledby="screen-heading" data-node={walk.current}>
      <p className={label}>{t(`wizard.verdict.${node.verdict}`)}</p>
      {heading}
      <div className="[&>div]:text-base">
        <Blocks blocks={node.body} facts={facts} />
      </div>
      {node.ask && (
        <Callout tone="tip" label={t('wizard.ask')}>
          <RichText text={node.ask} />
        </Callout>
      )}
    </section>
  )
}
