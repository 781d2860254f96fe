import '@/config/messages-wizard.ts'
import { memo, useDeferredValue, useEffect } from 'react'
import { Link, NavigationType, useNavigationType } from 'react-router'
import { paths } from '@/config/paths.ts'
import { providerFacts } from '@/config/provider-values.ts'
import type { Walk } from '@/engine/walk.ts'
import { back, factsOf, restart } from '@/engine/walk.ts'
import { clearEntered } from '@/store/clear-entered.ts'
import { useT } from '@/store/locale-store.ts'
import { useProvider } from '@/store/provider-store.ts'
import { resumeStore } from '@/store/resume-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { inFrame } from '@/ui/in-frame.ts'
import { secondaryButton } from '@/ui/styles.ts'
import { whenIdle } from '@/ui/when-idle.ts'
import { NodeView } from './node-view.tsx'
import { StepCodeLine } from './step-code-line.tsx'
import { Trail } from './trail.tsx'
import { useText } from './use-text.ts'
import { useWalkAhead } from './use-walk-ahead.ts'
import { walkHref } from './walk-href.ts'

/** The ways on from a screen other than its answers: back, start over, home, or the paste screen. */
function WalkNavigation({ walk }: { walk: Walk<NodeId> }) {
  const t = useT()
  return (
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
  )
}

/**
 * What sits below the screen's question and answers: the other ways on, the answers so far and the
 * step code. It follows the walk one render behind (see WalkScreen), and not at all until the walk
 * is known to it.
 */
const BelowTheAnswers = memo(function BelowTheAnswers({ walk }: { walk: Walk<NodeId> | null }) {
  if (walk === null) return null
  return (
    <>
      <WalkNavigation walk={walk} />
      <Trail walk={walk} />
      <StepCodeLine walk={walk} />
    </>
  )
})

/**
 * A whole wizard screen: the current node, the ways on, and the answers so far. `entered`: the first
 * question of a walk entered from the home screen, shown before the URL has it (see WalkRoute).
 */
export function WalkScreen({ walk: recorded, entered = false }: { walk: Walk<NodeId>; entered?: boolean }) {
  const { walk, onChoose } = useWalkAhead(recorded, entered)
  const t = useT()
  const resolve = useText()
  const config = useProvider((s) => s.config)
  const facts = { ...providerFacts(config), ...factsOf(tree, walk) }
  const title = resolve(tree.nodes[walk.current].title)
  // On a slow phone an answer's next question paints sooner when the click renders only it and its
  // answers: the parts below (the other links on, the trail, the step code) follow in a render of
  // their own, just after that paint. So does a first question entered from home. A screen not
  // reached by a click (a deep link, a reload, a redirect, the prerender) renders whole at once, and
  // so does every screen in another page's frame, whose height follows the content and must move
  // straight to the new one.
  const clicked = useNavigationType() === NavigationType.Push || entered
  // A first question entered from home may have been rendered unseen ahead of the click (see
  // WalkRoute), deferred render included: what is below it waits for the URL to catch up instead.
  const deferred = useDeferredValue<Walk<NodeId> | null>(entered ? null : walk, clicked ? null : undefined)
  const framed = typeof window !== 'undefined' && inFrame() // the prerender has no window
  const below = framed ? walk : deferred
  // Until that render, what is below still shows the screen before: it keeps its place, so nothing
  // moves, but no one can see, read or use an answer or a step code that is no longer this screen's.
  // (Compared by URL: once the URL catches up with an answer, the same walk arrives as a new object.)
  const behind = below === null || walkHref(below) !== walkHref(walk)

  useEffect(() => {
    // Titling the tab costs a slow phone a moment, and nothing on screen waits for it.
    whenIdle(() => {
      document.title = `${title} · ${t('app.name')}`
    })
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
      <NodeView walk={walk} facts={facts} onChoose={onChoose} />
      <div className={behind ? 'invisible space-y-8' : 'space-y-8'} inert={behind}>
        <BelowTheAnswers walk={below} />
      </div>
    </div>
  )
}
