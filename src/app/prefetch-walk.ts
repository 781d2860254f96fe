import { loadWalkRoute } from './route-chunks.ts'
import { warmUpFirstScreen } from './warm-up-first-screen.ts'
import { whenIdle } from './when-idle.ts'

let requested = false
const warmedStarts = new Set<string>()

/**
 * Starts loading the wizard as soon as the user shows intent (pointer over, focus on, or a touch on
 * an entry link), so the click that follows does not wait for the network, then does the first
 * screen's step-code counting while the browser is idle, so the click does not wait for that either,
 * and lays out `start`'s first screen unseen, so its first frame does not wait for fonts.
 * Once is enough; a failed fetch is left to the click, which shows the route error screen if it
 * fails again.
 */
export function prefetchWalk(start: string): void {
  if (!warmedStarts.has(start)) {
    warmedStarts.add(start)
    void warmUpFirstScreen(document, start)
  }
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

/** The props that give a link into the wizard at `start` its prefetch on intent. */
export function prefetchWalkOnIntent(start: string) {
  const prefetch = () => {
    prefetchWalk(start)
  }
  return { onPointerEnter: prefetch, onFocus: prefetch, onTouchStart: prefetch } as const
}
