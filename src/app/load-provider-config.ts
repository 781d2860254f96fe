import { parseProviderConfig } from '@/config/parse-provider.ts'
import { DEFAULT_PROVIDER } from '@/config/provider.ts'
import { providerStore } from '@/store/provider-store.ts'

/**
 * Reads `provider.json` next to index.html, where a provider hosting Relay Doctor puts its details.
 * No file means the neutral defaults; a broken file means the defaults plus a visible explanation.
 */
async function loadProviderConfig(): Promise<null> {
  let raw: unknown
  try {
    const response = await fetch(new URL('provider.json', document.baseURI), { cache: 'no-cache' })
    if (!response.ok) return null
    const body = await response.text()
    try {
      raw = JSON.parse(body)
    } catch {
      providerStore.setState({ config: DEFAULT_PROVIDER, problems: ['the file is not valid JSON'] })
      return null
    }
  } catch {
    return null
  }
  const result = parseProviderConfig(raw)
  providerStore.setState(
    result.ok
      ? { config: result.config, problems: [] }
      : { config: DEFAULT_PROVIDER, problems: result.errors },
  )
  return null
}

/** Started once, as the app boots; screens that show provider values wait for it in their loader. */
export const providerConfigReady: Promise<null> = loadProviderConfig()
