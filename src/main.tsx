import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { showsPrerenderedScreen } from './app/boot/prerendered-screen.ts'
import { providerConfigReady } from './app/load-provider-config.ts'
import { router } from './app/router.tsx'
import { startEmbedFrame } from './app/start-embed-frame.ts'
import { whenRouterReady } from './app/when-router-ready.ts'
import './index.css'
import './app/boot/boot.css'

void providerConfigReady()
startEmbedFrame()

const root = document.getElementById('root')
if (root) {
  // index.html holds the prerendered home screen: on home, React takes it over as it is; on any
  // other route it renders afresh, replacing the home that boot.js kept hidden.
  const prerendered = root.firstElementChild !== null
  // The first render runs as a transition, so React yields to the browser every few milliseconds
  // instead of holding the main thread for the whole screen: the page already shows the screen, and
  // a tap that arrives meanwhile is handled without waiting for the render to finish.
  const renderApp = () => {
    createRoot(root).render(<App router={router} />)
  }
  if (prerendered && router.state.location.pathname === '/')
    startTransition(() => {
      hydrateRoot(root, <App router={router} />)
    })
  else if (showsPrerenderedScreen()) {
    // boot.js already shows this route's screen (a walk step or decode): replace it only by the real
    // one, never by the placeholder, so the page does not flash while the route's code loads.
    void whenRouterReady(router).then(() => {
      startTransition(renderApp)
    })
  } else startTransition(renderApp)
}
