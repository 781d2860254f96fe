import { whenIdle } from '@/ui/when-idle.ts'
import { walkRouteReady } from './walk-route-ready.ts'

const requested = new Set<string>()

/**
 * Starts loading the wizard as soon as the user shows intent (pointer over, focus on, or a touch on
 * an entry link), so the click that follows does not wait for the network, then, while the browser
 * is idle, does the work the first screen of `start` would do on the click (see `warmUp`).
 * Once for each start; a failed fetch is left to the click, which shows the route error screen if it
 * fails again.
 */
export function prefetchWalk(start: string): void {
  if (requested.has(start)) return
  requested.add(start)
  walkRouteReady().then(
    (walk) => {
      whenIdle(() => {
        walk.warmUp(start)
      })
    },
    () => {
      requested.delete(start)
    },
  )
}

/**
 * The props that give a link into the wizard at `start` its prefetch on intent; `onIntent` is called
 * once the wizard's code is here.
 */
export function prefetchWalkOnIntent(start: string, onIntent?: (start: string) => void) {
  const prefetch = () => {
    prefetchWalk(start)
    if (onIntent)
      walkRouteReady().then(
        () => {
          onIntent(start)
        },
        () => undefined,
      )
  }
  return { onPointerEnter: prefetch, onFocus: prefetch, onTouchStart: prefetch } as const
}
