import { createHash } from 'node:crypto'
import react from '@vitejs/plugin-react'
import type { AliasOptions } from 'vite'
import { createServer } from 'vite'
import type { StepMap } from '../../src/app/prerender/step-map.ts'

/** The screens that are prerendered: home and decode (into index.html), and every walk screen boot.js can show. */
export type PrerenderedScreens = {
  readonly home: string
  readonly decode: string
  readonly steps: StepScreens
  /** Each entry's whole first screen, by start. */
  readonly firstScreens: Readonly<Record<string, string>>
}

/** The walk screens as files named by their content, and the map from walk URLs to them. */
export type StepScreens = { readonly map: StepMap; readonly files: Readonly<Record<string, string>> }

const contentName = (html: string) =>
  `${createHash('sha256').update(html).digest('base64url').slice(0, 10)}.html`

/** Renders the screens with the app's own components in Node, through a throwaway Vite SSR server. */
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
    const steps = (await server.ssrLoadModule('/src/app/prerender/render-steps.tsx')) as {
      renderStepScreens: (nameOf: (html: string) => string) => StepScreens
    }
    const first = (await server.ssrLoadModule('/src/app/prerender/render-first-screens.tsx')) as {
      renderFirstScreens: () => Record<string, string>
    }
    return {
      firstScreens: first.renderFirstScreens(),
      home: home.renderHome(),
      decode: await decode.renderDecode(),
      steps: steps.renderStepScreens(contentName),
    }
  } finally {
    await server.close()
  }
}
