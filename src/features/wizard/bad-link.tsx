import '@/config/messages-wizard.ts'
import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import type { ReplayResult } from '@/engine/walk.ts'
import { useT } from '@/store/locale-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { ScreenHeading } from '@/ui/screen-heading.tsx'
import { primaryButton, secondaryButton } from '@/ui/styles.ts'
import { walkHref } from './walk-href.ts'

/** Shown for a walk URL that cannot be replayed: says what is wrong and offers a way on. */
export function BadLink({
  result,
  startOver,
}: {
  result: Exclude<ReplayResult<NodeId>, { ok: true }>
  startOver: string
}) {
  const t = useT()
  return (
    <section className="space-y-6" aria-labelledby="bad-link-heading">
      <ScreenHeading id="bad-link-heading" focusKey={JSON.stringify(result)}>
        {t('badLink.title')}
      </ScreenHeading>
      <p className="text-lg">
        {result.reason === 'unknown-node'
          ? t('badLink.unknownNode', { node: result.node.slice(0, 80) })
          : t(result.why === 'answer-not-offered' ? 'badLink.answerNotOffered' : 'badLink.unknownAnswer', {
              answer: result.answer.slice(0, 80),
            })}
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
