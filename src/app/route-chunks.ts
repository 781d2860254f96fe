/**
 * The lazily loaded route modules. Each loader is the one import() the router and the prefetch on
 * intent share, so a chunk fetched early is the chunk the router uses.
 */
export const loadWalkRoute = () => import('./routes/walk.tsx')
export const loadDecodeRoute = () => import('./routes/decode.tsx')
export const loadAgentRoute = () => import('./routes/agent.tsx')
export const loadCodeRoute = () => import('./routes/code.tsx')
