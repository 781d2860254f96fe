import '@/config/messages-wizard.ts'
import { useEffect } from 'react'
import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import { providerFacts } from '@/config/provider.ts'
import type { Walk } from '@/engine/walk.ts'
import { back, factsOf, restart } from '@/engine/walk.ts'
import { clearEntered } from '@/store/clear-entered.ts'
import { useT } from '@/store/locale-store.ts'
import { useProvider } from '@/store/provider-store.ts'
import { resumeStore } from '@/store/resume-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { secondaryButton } from '@/ui/styles.ts'
import { whenIdle } from '@/ui/when-idle.ts'
import { NodeView } from './node-view.tsx'
import { StepCodeLine } from './step-code-line.tsx'
import { Trail } from './trail.tsx'
import { walkHref } from './use-choose.ts'
import { useText } from './use-text.ts'

/** A whole wizard screen: the current node, the way back, and the answers so far. */
export function WalkScreen({ walk }: { walk: Walk<NodeId> }) {
  const t = useT()
  const resolve = useText()
  const config = useProvider((s) => s.config)
  const facts = { ...providerFacts(config), ...factsOf(tree, walk) }
  const title = resolve(tree.nodes[walk.current].title)

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`
  }, [title, t])

  useEffect(() => {
    // Remembering the walk writes to localStorage, which a slow phone feels before the next screen
    // paints: it waits until the browser is idle, or until this screen gives way to another.
    let saved = false
    const save = () => {
      if (saved) return
      saved = true
      resumeStore.getState().remember({ start: walk.start, answers: walk.trail.map((s) => s.answer) })
    }
    whenIdle(save)
    return save
  }, [walk])

  return (
    <div className="space-y-8">
      <NodeView walk={walk} facts={facts} />
      <nav aria-label={t('wizard.navigation')} className="flex flex-wrap gap-3">
        {walk.trail.length > 0 && (
          <Link className={secondaryButton} to={walkHref(back(walk))}>
            <span aria-hidden="true">←</span> {t('wizard.back')}
          </Link>
        )}
        {walk.trail.length > 0 && (
          <Link className={secondaryButton} to={walkHref(restart(walk))} onClick={clearEntered}>
            {t('wizard.startOver')}
          </Link>
        )}
        <Link className={secondaryButton} to={paths.home.href()}>
          {t('wizard.home')}
        </Link>
        <Link className={secondaryButton} to={paths.decode.href(walk.current)}>
          {t('wizard.pasteInstead')}
        </Link>
      </nav>
      <Trail walk={walk} />
      <StepCodeLine walk={walk} />
    </div>
  )
}
