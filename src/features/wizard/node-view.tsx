import '@/config/messages-wizard.ts'
import type { Facts, Verdict } from '@/engine/types.ts'
import type { Walk } from '@/engine/walk.ts'
import { answersAt, questionNumber } from '@/engine/walk.ts'
import { assertNever } from '@/lib/assert-never.ts'
import { useT } from '@/store/locale-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { Callout } from '@/ui/callout.tsx'
import { ScreenHeading } from '@/ui/screen-heading.tsx'
import { AnswerList } from './answer-list.tsx'
import { Blocks } from './blocks.tsx'
import { MessagePanel } from './message/message-panel.tsx'
import { RichText } from './rich-text.tsx'
import { walkHref } from './walk-href.ts'
import { WhyWeAsk } from './why-we-ask.tsx'

const HANDOVER_TONE = 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50'
const VERDICT_TONE = {
  resolved: 'bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50',
  'contact-provider': HANDOVER_TONE,
  'contact-admin': HANDOVER_TONE,
  'contact-recipient': HANDOVER_TONE,
  'contact-vendor': HANDOVER_TONE,
  'contact-remote-admin': HANDOVER_TONE,
} as const satisfies Record<Verdict, string>

/**
 * The current screen of a walk: one question, step or outcome. Its heading takes focus when it appears.
 * `withMessage={false}` leaves out an outcome's message to the provider, which holds the whole walk:
 * the build prerenders screens without it (see src/app/prerender).
 */
export function NodeView({
  walk,
  facts,
  onChoose,
  withMessage = true,
}: {
  walk: Walk<NodeId>
  facts: Facts
  /** Called with the key of the answer picked. */
  onChoose: (answerKey: string) => void
  withMessage?: boolean
}) {
  const t = useT()
  const node = tree.nodes[walk.current]
  const title = (
    <ScreenHeading id="screen-heading" focusKey={walkHref(walk)}>
      <RichText text={node.title} />
    </ScreenHeading>
  )

  switch (node.kind) {
    case 'question':
      return (
        <section className="space-y-6" aria-labelledby="screen-heading" data-node={walk.current}>
          {/* The number is marked so boot.js can set it in a prerendered screen, which serves every walk. */}
          <p
            className="text-base font-medium text-slate-700 dark:text-slate-300"
            data-question-number={questionNumber(tree, walk)}
          >
            {t('wizard.stepCount', { n: questionNumber(tree, walk) })}
          </p>
          {title}
          {node.body && <WhyWeAsk question={walk.current} blocks={node.body} facts={facts} />}
          <AnswerList answers={answersAt(tree, walk)} labelledBy="screen-heading" onChoose={onChoose} />
        </section>
      )
    case 'step':
      return (
        <section className="space-y-6" aria-labelledby="screen-heading" data-node={walk.current}>
          {title}
          <Blocks blocks={node.body} facts={facts} />
          <h2 id="did-it-work" className="text-xl font-semibold">
            {t('wizard.didItWork')}
          </h2>
          <AnswerList answers={answersAt(tree, walk)} labelledBy="did-it-work" onChoose={onChoose} />
        </section>
      )
    case 'outcome':
      return (
        <section className="space-y-6" aria-labelledby="screen-heading" data-node={walk.current}>
          <p
            className={`inline-block rounded-full px-3 py-1 text-base font-semibold ${VERDICT_TONE[node.verdict]}`}
          >
            {t(`wizard.verdict.${node.verdict}`)}
          </p>
          {title}
          <Blocks blocks={node.body} facts={facts} />
          {node.ask && (
            <Callout tone="tip" label={t('wizard.ask')}>
              <RichText text={node.ask} />
            </Callout>
          )}
          {withMessage && node.verdict !== 'resolved' && (
            <MessagePanel walk={walk} node={{ ...node, verdict: node.verdict }} />
          )}
        </section>
      )
    default:
      return assertNever(node)
  }
}
