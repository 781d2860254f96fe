/** Runs `work` when the browser has nothing better to do (soon, where idle callbacks are missing). */
export function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work, { timeout: 2000 })
  else window.setTimeout(work, 0)
}
