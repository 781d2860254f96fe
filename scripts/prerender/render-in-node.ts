import react from '@vitejs/plugin-react'
import type { AliasOptions } from 'vite'
import { createServer } from 'vite'

/** Renders the home screen with the app's own components in Node, through a throwaway Vite SSR server. */
export async function renderHomeInNode(root: string, alias: AliasOptions): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react()],
    resolve: { alias },
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender/render-home.tsx')) as {
      renderHome: () => string
    }
    return module.renderHome()
  } finally {
    await server.close()
  }
}
