import react from '@vitejs/plugin-react'
import type { AliasOptions } from 'vite'
import { createServer } from 'vite'

/** The screens that are prerendered into index.html, as HTML. */
export type PrerenderedScreens = { readonly home: string; readonly decode: string }

/** Renders the home and decode screens with the app's own components in Node, through a throwaway Vite SSR server. */
export async function renderScreensInNode(root: string, alias: AliasOptions): Promise<PrerenderedScreens> {
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
    const home = (await server.ssrLoadModule('/src/app/prerender/render-home.tsx')) as {
      renderHome: () => string
    }
    const decode = (await server.ssrLoadModule('/src/app/prerender/render-decode.tsx')) as {
      renderDecode: () => Promise<string>
    }
    return { home: home.renderHome(), decode: await decode.renderDecode() }
  } finally {
    await server.close()
  }
}
