import type { Block } from '@/engine/content.ts'
import { visibleBlocks } from '@/engine/content.ts'
import type { Facts } from '@/engine/types.ts'
import { useT } from '@/store/locale-store.ts'
import { focusRing } from '@/ui/styles.ts'
import { Blocks } from './blocks.tsx'

/**
 * A question's explanation, folded behind a native disclosure so the answers start within the first
 * screenful on a phone; the summary is a keyboard- and screen-reader-operable toggle by itself.
 */
export function WhyWeAsk({ blocks, facts }: { blocks: readonly Block[]; facts: Facts }) {
  const t = useT()
  if (visibleBlocks(blocks, facts).length === 0) return null
  return (
    <details className="group rounded-xl border border-slate-300 dark:border-slate-700">
      <summary
        className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-xl px-4 py-2 text-lg font-medium text-blue-800 dark:text-sky-300 ${focusRing}`}
      >
        <span aria-hidden="true" className="motion-safe:transition-transform group-open:rotate-90">
          ▸
        </span>
        {t('wizard.whyWeAsk')}
      </summary>
      <div className="px-4 pb-4">
        <Blocks blocks={blocks} facts={facts} />
      </div>
    </details>
  )
}
