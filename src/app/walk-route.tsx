import type { MouseEvent } from 'react'
import { Activity, memo, Suspense, startTransition, use, useState } from 'react'
import { flushSync } from 'react-dom'
import { useLocation, useParams } from 'react-router'
import { Component as Home } from './routes/home.tsx'
import { ScreenPlaceholder } from './screen-placeholder.tsx'
import { loadedWalkRoute, walkRouteReady } from './walk-route-ready.ts'

// Memoized: when the first question prepared unseen is shown, it is shown as it is, not rendered again.
const LoadedWalk = memo(function LoadedWalk({ enteredAt }: { enteredAt: string | undefined }) {
  const walk = loadedWalkRoute() ?? use(walkRouteReady())
  return <walk.Component enteredAt={enteredAt} />
})

/**
 * The home screen and the wizard's route, one component in one place of the route tree, so that an
 * entry on the home screen shows its first question from the click, before the router moves, as an
 * answer does (see useWalkAhead): the first question puts itself in the URL just after it is painted,
 * and stays on screen as it is when the router follows. A click before the wizard's code is here, or
 * one meant for a new tab, is the link's as usual.
 *
 * Once the user shows intent on an entry, its first question is rendered unseen behind the home
 * screen (a hidden Activity, rendered when the browser has nothing else to do, with no effects run),
 * so the click only has to show it: on a slow phone, rendering that screen is most of the click's work.
 *
 * Not a router `lazy` route with a `loader`: those make every entry into the wizard an asynchronous
 * navigation. Once the code is here (the prefetch on intent loads it), a click renders the first step
 * at once; before that, the placeholder stands in, and a failed load reaches the route's error screen.
 */
export function WalkRoute() {
  const { start } = useParams()
  const { key } = useLocation()
  const [entered, setEntered] = useState<{ from: string; start: string } | null>(null)
  const [intent, setIntent] = useState<string | null>(null)
  const showsEntered = entered !== null && entered.from === key
  // The URL has moved on (to the entered walk, or elsewhere): from now on it leads.
  if (entered !== null && !showsEntered) setEntered(null)
  // On a walk's URL the screen prepared is shown or gone; back home, intent prepares a new one.
  if (intent !== null && start !== undefined) setIntent(null)
  const showsHome = !showsEntered && start === undefined

  const enter = (event: MouseEvent, at: string) => {
    const plain = event.button === 0 && !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
    if (!plain || loadedWalkRoute() === undefined) return
    event.preventDefault()
    flushSync(() => {
      setEntered({ from: key, start: at })
    })
  }
  const prepare = (at: string) => {
    startTransition(() => {
      setIntent(at)
    })
  }

  // Null: no walk at all; undefined: the walk in the URL.
  const walkAt = showsHome ? intent : showsEntered ? entered.start : undefined
  return (
    <>
      {/* Before the home screen, not after it: its hidden copy must not be the home screen's next sibling,
          or the spacing between the two would move everything below the home screen. */}
      <Activity mode={showsHome ? 'hidden' : 'visible'}>
        {walkAt !== null && (
          <Suspense fallback={<ScreenPlaceholder />}>
            <LoadedWalk enteredAt={walkAt} />
          </Suspense>
        )}
      </Activity>
      {showsHome && <Home onEnter={enter} onIntent={prepare} />}
    </>
  )
}
