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
  if (prerendered && router.state.location.pathname === '/') hydrateRoot(root, <App router={router} />)
  else if (showsPrerenderedScreen()) {
    // boot.js already shows this route's screen (decode): replace it only by the real one, never by
    // the placeholder, so the page does not flash while the route's code loads.
    void whenRouterReady(router).then(() => {
      createRoot(root).render(<App router={router} />)
    })
  } else createRoot(root).render(<App router={router} />)
}
