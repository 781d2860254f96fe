import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import type { ReplayResult } from '@/engine/walk.ts'
import { useT } from '@/store/locale-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { primaryButton, secondaryButton } from '@/ui/styles.ts'
import { useFocusOnChange } from '@/ui/use-focus-on-change.ts'
import { walkHref } from './use-choose.ts'

/** Shown for a walk URL that cannot be replayed: says what is wrong and offers a way on. */
export function BadLink({
  result,
  startOver,
}: {
  result: Exclude<ReplayResult<NodeId>, { ok: true }>
  startOver: string
}) {
  const t = useT()
  const heading = useFocusOnChange<HTMLHeadingElement>(JSON.stringify(result))
  return (
    <section className="space-y-6" aria-labelledby="bad-link-heading">
      <h1 id="bad-link-heading" ref={heading} tabIndex={-1} className="text-3xl font-bold outline-none">
        {t('badLink.title')}
      </h1>
      <p className="text-lg">
        {result.reason === 'unknown-node'
          ? t('badLink.unknownNode', { node: result.node.slice(0, 80) })
          : t('badLink.unknownAnswer', { answer: result.answer.slice(0, 80) })}
      </p>
      <div className="flex flex-wrap gap-3">
        {result.reason === 'unknown-answer' && (
          <Link className={primaryButton} to={walkHref(result.validWalk)}>
            {t('badLink.continue')}
          </Link>
        )}
        <Link className={result.reason === 'unknown-answer' ? secondaryButton : primaryButton} to={startOver}>
          {t('badLink.startOver')}
        </Link>
        <Link className={secondaryButton} to={paths.home.href()}>
          {t('wizard.home')}
        </Link>
      </div>
    </section>
  )
}
