import { createHashRouter } from 'react-router'
import { paths } from '@/config/paths.ts'
import { providerConfigReady } from './load-provider-config.ts'
import { RootLayout } from './root-layout.tsx'
import { RouteError } from './route-error.tsx'
import { Component as Home } from './routes/home.tsx'
import { NotFound } from './routes/not-found.tsx'

/**
 * The route table, created once outside React. The home screen is in the main bundle so it paints
 * at once; the wizard and its tree load on demand.
 */
export const router = createHashRouter([
  {
    id: 'root',
    Component: RootLayout,
    // While the first screen waits (at most the provider.json time limit), the page frame shows.
    HydrateFallback: () => <RootLayout>{null}</RootLayout>,
    ErrorBoundary: () => (
      <RootLayout>
        <RouteError />
      </RootLayout>
    ),
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: Home },
          {
            path: paths.walk.pattern,
            loader: () => providerConfigReady,
            shouldRevalidate: () => false,
            lazy: () => import('./routes/walk.tsx'),
          },
          { path: paths.decode.pattern, lazy: () => import('./routes/decode.tsx') },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
])
