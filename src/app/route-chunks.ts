/**
 * The lazily loaded route modules. Each loader is the one import() the router and the prefetch on
 * intent share, so a chunk fetched early is the chunk the router uses.
 */
export const loadWalkRoute = () => import('./routes/walk.tsx')
export const loadDecodeRoute = () => import('./routes/decode.tsx')
export const loadAgentRoute = () => import('./routes/agent.tsx')
/** The step-code route rides in the walk's chunk: it always leads there, and a chunk of its own splits the app's. */
export const loadCodeRoute = () =>
  import('./routes/walk.tsx').then((module) => ({ Component: module.CodeComponent }))
