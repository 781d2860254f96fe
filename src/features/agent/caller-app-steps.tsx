import { visibleBlocks } from '@/engine/content.ts'
import type { Walk } from '@/engine/walk.ts'
import { useT } from '@/store/locale-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { useAgentKit } from './agent-kit.ts'
import { useWalkFacts } from './use-walk-facts.ts'

/** For a question: where the caller finds the setting in their own app (the blocks worded per app). */
export function CallerAppSteps({ walk }: { walk: Walk<NodeId> }) {
  const t = useT()
  const { Blocks } = useAgentKit()
  const facts = useWalkFacts(walk)
  const node = tree.nodes[walk.current]
  if (node.kind !== 'question') return null
  const perApp = visibleBlocks(node.body ?? [], facts).filter((block) => block.when !== undefined)
  return (
    <section
      aria-labelledby="caller-app-heading"
      className="rounded-xl border border-slate-300 p-4 dark:border-slate-700"
    >
      <h2 id="caller-app-heading" className="mb-2 text-lg font-semibold">
        {t('agent.callerApp')}
      </h2>
      {perApp.length === 0 ? (
        <p className="text-sm">{t('agent.callerAppNone')}</p>
      ) : (
        <div className="[&>div]:text-base">
          <Blocks blocks={perApp} facts={facts} />
        </div>
      )}
    </section>
  )
}
