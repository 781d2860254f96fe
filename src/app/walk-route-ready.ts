import { providerConfigReady } from './load-provider-config.ts'
import { loadWalkRoute } from './route-chunks.ts'

/** The wizard route's id in the route table, by which a router's matches name it. */
export const WALK_ROUTE_ID = 'walk'

type WalkModule = Awaited<ReturnType<typeof loadWalkRoute>>

let loaded: WalkModule | undefined
let loading: Promise<WalkModule> | undefined

/**
 * Loads the wizard's code and waits for provider.json (within its time limit), once; a failure is
 * forgotten, so the next attempt fetches again.
 */
export const walkRouteReady = (): Promise<WalkModule> =>
  (loading ??= Promise.all([loadWalkRoute(), providerConfigReady()]).then(
    ([module]) => (loaded = module),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  ))

/** The wizard's code once `walkRouteReady` has settled, so a render can use it without waiting. */
export const loadedWalkRoute = (): WalkModule | undefined => loaded
