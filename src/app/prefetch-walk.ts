import { loadWalkRoute } from './route-chunks.ts'

let requested = false

/** Runs `work` when the browser has nothing better to do (soon, where idle callbacks are missing). */
const whenIdle = (work: () => void) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work, { timeout: 2000 })
  else window.setTimeout(work, 0)
}

/**
 * Starts loading the wizard as soon as the user shows intent (pointer over, focus on, or a touch on
 * an entry link), so the click that follows does not wait for the network, then does the first
 * screen's step-code counting while the browser is idle, so the click does not wait for that either.
 * Once is enough; a failed fetch is left to the click, which shows the route error screen if it
 * fails again.
 */
export function prefetchWalk(): void {
  if (requested) return
  requested = true
  loadWalkRoute().then(
    (walk) => {
      whenIdle(walk.warmUp)
    },
    () => {
      requested = false
    },
  )
}

/** The props that give an entry link its prefetch on intent. */
export const prefetchWalkOnIntent = {
  onPointerEnter: prefetchWalk,
  onFocus: prefetchWalk,
  onTouchStart: prefetchWalk,
} as const
