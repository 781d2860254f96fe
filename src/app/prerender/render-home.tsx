import { renderToString } from 'react-dom/server'
import { createHashRouter } from 'react-router'
import { App } from '../app.tsx'
import { routes } from '../routes.tsx'
import { serverWindow } from './server-window.ts'

/** The home screen's HTML, rendered at build time from the app's own components (see scripts/prerender). */
export function renderHome(): string {
  const router = createHashRouter(routes, {
    window: serverWindow(),
    // Home loads no data; given explicitly so the router does not look for a browser global.
    hydrationData: { loaderData: {} },
  })
  try {
    return renderToString(<App router={router} />)
  } finally {
    router.dispose()
  }
}
