import { loadWalkRoute } from './route-chunks.ts'

let requested = false

/**
 * Starts loading the wizard as soon as the user shows intent (pointer over, focus on, or a touch on
 * an entry link), so the click that follows does not wait for the network. Once is enough; a failed
 * fetch is left to the click, which shows the route error screen if it fails again.
 */
export function prefetchWalk(): void {
  if (requested) return
  requested = true
  loadWalkRoute().catch(() => {
    requested = false
  })
}

/** The props that give an entry link its prefetch on intent. */
export const prefetchWalkOnIntent = {
  onPointerEnter: prefetchWalk,
  onFocus: prefetchWalk,
  onTouchStart: prefetchWalk,
} as const
