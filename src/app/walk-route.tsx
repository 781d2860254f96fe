import { Suspense, use } from 'react'
import { ScreenPlaceholder } from './screen-placeholder.tsx'
import { loadedWalkRoute, walkRouteReady } from './walk-route-ready.ts'

function LoadedWalk() {
  const walk = loadedWalkRoute() ?? use(walkRouteReady())
  return <walk.Component />
}

/**
 * The wizard's route. Not a router `lazy` route with a `loader`: those make every entry into the
 * wizard an asynchronous navigation (a "loading" render of the old screen, then the new screen in a
 * later task). Once the code is here (the prefetch on intent loads it), the click renders the first
 * step at once; before that, the placeholder stands in, and a failed load reaches the route's error
 * screen.
 */
export function WalkRoute() {
  return (
    <Suspense fallback={<ScreenPlaceholder />}>
      <LoadedWalk />
    </Suspense>
  )
}
