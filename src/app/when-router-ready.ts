import type { DataRouter } from 'react-router'
import { WALK_ROUTE_ID, walkRouteReady } from './walk-route-ready.ts'

/**
 * Resolves once the router has loaded the current route (its lazy code and data, or an error) and,
 * on a wizard route, once the wizard's code is here, so the first render shows the screen itself.
 * A wizard that fails to load still resolves it: the render then shows the route's error screen.
 */
export const whenRouterReady = (router: DataRouter): Promise<void> =>
  new Promise<void>((resolve) => {
    if (router.state.initialized) {
      resolve()
      return
    }
    const stop = router.subscribe((state) => {
      if (!state.initialized) return
      stop()
      resolve()
    })
  }).then(async () => {
    if (router.state.matches.some((match) => match.route.id === WALK_ROUTE_ID))
      await walkRouteReady().catch(() => null)
  })
