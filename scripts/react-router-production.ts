import { fileURLToPath } from 'node:url'
import type { Alias } from 'vite'

/**
 * Aliases that give a production bundle React Router's production build. Its package exports only
 * the development build (with dev-only warnings and checks), for now (remix-run/react-router#12532,
 * #14102), and ships the production build next to it. Shared by the app's build and the bench's floor,
 * so both are bundled alike.
 */
export const reactRouterProduction: Alias[] = [
  { find: /^react-router$/, replacement: productionFile('index.mjs') },
  { find: /^react-router\/dom$/, replacement: productionFile('dom-export.mjs') },
]

function productionFile(file: string): string {
  return fileURLToPath(new URL(`../node_modules/react-router/dist/production/${file}`, import.meta.url))
}
