import { renderToString } from 'react-dom/server'
import { createHashRouter } from 'react-router'
import { paths } from '@/config/paths.ts'
import { App } from '../app.tsx'
import { routes } from '../routes.tsx'
import { whenRouterReady } from '../when-router-ready.ts'
import { serverWindow } from './server-window.ts'

/**
 * The decode screen's HTML as it first shows (nothing pasted yet), rendered at build time from the
 * app's own components once its lazy route has loaded. boot.js shows it on a `#/decode` link before
 * any of the app's code has arrived (see scripts/prerender).
 */
export async function renderDecode(): Promise<string> {
  const router = createHashRouter(routes, {
    window: serverWindow(`#${paths.decode.href()}`),
    // The decode route loads no data; given explicitly so the router does not look for a browser global.
    hydrationData: { loaderData: {} },
  })
  try {
    await whenRouterReady(router)
    return renderToString(<App router={router} />)
  } finally {
    router.dispose()
  }
}
