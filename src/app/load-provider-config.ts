import { providerStore } from '@/store/provider-store.ts'
import type { ProviderFile } from './read-provider-file.ts'
import { readProviderFile } from './read-provider-file.ts'

/** Whether the host needs telling something about its file (see report-provider-file.ts). */
const worthReporting = (file: ProviderFile): boolean =>
  file.kind === 'unavailable' ||
  (file.kind === 'absent' && file.why === 'html') ||
  (file.kind === 'read' && file.result.problemCount > 0)

/**
 * Reads `provider.json` next to index.html, where a provider hosting Relay Doctor puts its details.
 * It settles within the time limit whatever the host does, so no one waits on it for long.
 */
async function loadProviderConfig(): Promise<null> {
  const file = await readProviderFile(new URL('provider.json', document.baseURI))
  if (file.kind === 'read') {
    const { config, problemCount } = file.result
    // A provider without a theme keeps the app's own look and never downloads the code that sets one.
    if (Object.keys(config.theme).length > 0) {
      const { applyTheme } = await import('@/ui/apply-theme.ts')
      applyTheme(document.documentElement, config.theme)
    }
    providerStore.setState({ config, settingsIgnored: problemCount > 0 })
  }
  // The report's wording is loaded only when there is something to say: most hosts never download it.
  if (worthReporting(file))
    void import('./report-provider-file.ts').then(({ reportToHost }) => reportToHost(file))
  return null
}

let started: Promise<null> | undefined

/**
 * Started once, as the app boots in the browser (so the console report appears once); screens with
 * provider values wait for it. A function, so importing the route table (as the prerender does) reads nothing.
 */
export const providerConfigReady = (): Promise<null> => (started ??= loadProviderConfig())
