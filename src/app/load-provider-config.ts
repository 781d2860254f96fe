import { providerStore } from '@/store/provider-store.ts'
import type { ProviderFile } from './read-provider-file.ts'
import { readProviderFile } from './read-provider-file.ts'

const PREFIX = 'Relay Doctor: provider.json'

/** Tells the host (in the browser console) what went wrong; the end user only sees the neutral wording. */
async function reportToHost(file: ProviderFile): Promise<void> {
  if (file.kind === 'absent') {
    // An HTML answer is what a host with an "index.html for every path" fallback sends for a missing
    // file: the normal "no file" case on such hosts, so a note rather than a warning.
    if (file.why === 'html')
      console.info(`${PREFIX} was answered with an HTML page; the neutral wording is used.`)
    return
  }
  if (file.kind === 'unavailable') {
    console.warn(`${PREFIX} could not be loaded (${file.why}); the neutral wording is used.`)
    return
  }
  const { result } = file
  if (result.problemCount === 0) return
  // The wording is loaded only now: a host without problems never downloads it.
  const { problemCountText, problemLines } = await import('@/config/describe-provider-problems.ts')
  console.warn(
    [
      `${PREFIX} has ${problemCountText(result)}. Each setting with a problem was ignored and its neutral default used; the other settings are in use.`,
      ...problemLines(result).map((line) => `  - ${line}`),
      'Check the file with: npm run config:check -- provider.json',
    ].join('\n'),
  )
}

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
  void reportToHost(file)
  return null
}

let started: Promise<null> | undefined

/**
 * Started once, as the app boots in the browser (so the console report appears once); screens with
 * provider values wait for it. A function, so importing the route table (as the prerender does) reads nothing.
 */
export const providerConfigReady = (): Promise<null> => (started ??= loadProviderConfig())
