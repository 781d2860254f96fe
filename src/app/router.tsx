import { createHashRouter } from 'react-router'
import { paths } from '@/config/paths.ts'
import { loadProviderConfig } from './load-provider-config.ts'
import { RootLayout } from './root-layout.tsx'
import { RouteError } from './route-error.tsx'
import { NotFound } from './routes/not-found.tsx'

/** The route table, created once outside React. Screens load lazily so the home page stays small. */
export const router = createHashRouter([
  {
    id: 'root',
    Component: RootLayout,
    loader: loadProviderConfig,
    shouldRevalidate: () => false,
    HydrateFallback: () => null,
    ErrorBoundary: () => (
      <RootLayout>
        <RouteError />
      </RootLayout>
    ),
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: () => import('./routes/home.tsx') },
          { path: paths.walk.pattern, lazy: () => import('./routes/walk.tsx') },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
])
