import '@/config/messages-wizard.ts'
import { Link } from 'react-router'
import type { Walk } from '@/engine/walk.ts'
import { reopen, trailAnswers } from '@/engine/walk.ts'
import { useT } from '@/store/locale-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { textLink } from '@/ui/styles.ts'
import { RichText } from './rich-text.tsx'
import { useText } from './use-text.ts'
import { walkHref } from './walk-href.ts'

/** The answers given so far; each can be reopened, which drops it and everything after it. */
export function Trail({ walk }: { walk: Walk<NodeId> }) {
  const t = useT()
  const resolve = useText()
  const steps = trailAnswers(tree, walk)
  if (steps.length === 0) return null
  return (
    <nav
      aria-labelledby="trail-heading"
      className="rounded-xl border border-slate-300 p-4 dark:border-slate-700"
    >
      <h2 id="trail-heading" className="mb-2 text-base font-semibold">
        {t('wizard.trail')}
      </h2>
      <ol className="space-y-2 text-base">
        {steps.map((step, index) => (
          <li
            key={`${String(index)} ${step.node}`}
            className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1"
          >
            <span>
              <span className="text-slate-700 dark:text-slate-300">
                <RichText text={step.nodeData.title} />
              </span>{' '}
              <span aria-hidden="true">→</span>{' '}
              <strong className="font-semibold">
                <RichText text={step.answer.label} />
              </strong>
            </span>
            <Link
              className={textLink}
              to={walkHref(reopen(walk, index))}
              aria-label={t('wizard.trailChangeLabel', { question: resolve(step.nodeData.title) })}
            >
              {t('wizard.trailChange')}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}
