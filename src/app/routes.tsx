import type { RouteObject } from 'react-router'
import { paths } from '@/config/paths.ts'
import { providerConfigReady } from './load-provider-config.ts'
import { RootLayout } from './root-layout.tsx'
import { loadAgentRoute, loadCodeRoute, loadDecodeRoute } from './route-chunks.ts'
import { RouteError } from './route-error.tsx'
import { NotFound } from './routes/not-found.tsx'
import { ScreenPlaceholder } from './screen-placeholder.tsx'
import { WalkRoute } from './walk-route.tsx'
import { WALK_ROUTE_ID } from './walk-route-ready.ts'

/**
 * The route table, shared by the browser's hash router and the build-time prerender of the home
 * screen, so both render the same tree. The home screen is in the main bundle so it paints at once;
 * the wizard and the decoder load on demand.
 */
export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: RootLayout,
    // While a deep link's screen loads (its chunk, and at most the provider.json time limit), the
    // page frame shows a screen-shaped placeholder.
    HydrateFallback: () => (
      <RootLayout>
        <ScreenPlaceholder />
      </RootLayout>
    ),
    ErrorBoundary: () => (
      <RootLayout>
        <RouteError />
      </RootLayout>
    ),
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: WalkRoute },
          { id: WALK_ROUTE_ID, path: paths.walk.pattern, Component: WalkRoute },
          { path: paths.decode.pattern, lazy: loadDecodeRoute },
          { path: paths.agent.pattern, lazy: loadAgentRoute },
          {
            path: paths.agent.walkPattern,
            loader: () => providerConfigReady(),
            shouldRevalidate: () => false,
            lazy: loadAgentRoute,
          },
          { path: paths.code.pattern, lazy: loadCodeRoute },
          { path: paths.start.pattern, lazy: () => import('./routes/start.tsx') },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
]
