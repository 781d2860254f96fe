import type { DataRouter } from 'react-router'

/** Resolves once the router has loaded the current route (its lazy code and data, or an error). */
export const whenRouterReady = (router: DataRouter): Promise<void> =>
  new Promise((resolve) => {
    if (router.state.initialized) {
      resolve()
      return
    }
    const stop = router.subscribe((state) => {
      if (!state.initialized) return
      stop()
      resolve()
    })
  })
