import { isNeutralProviderJson, NEUTRAL_RESULT } from '@/config/neutral-provider.ts'
import type { ProviderConfigResult } from '@/config/parse-provider.ts'

/** No one waits longer than this for provider.json; after it the neutral wording is used. */
export const PROVIDER_FILE_TIME_LIMIT_MS = 3000

/** What asking the host for provider.json gave. */
export type ProviderFile =
  /** No file: a 404, or an HTML page from a host that answers unknown paths with its index.html. */
  | { readonly kind: 'absent'; readonly why: 'not-found' | 'html' }
  /** The host did not answer in time, the network failed, or the server answered with an error. */
  | { readonly kind: 'unavailable'; readonly why: string }
  | { readonly kind: 'read'; readonly result: ProviderConfigResult }

const looksLikeHtml = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<')

async function attempt(url: URL, signal: AbortSignal, fetcher: typeof fetch): Promise<ProviderFile> {
  try {
    // The options match index.html's <link rel="preload"> (mode cors by default), so the preload is reused.
    const response = await fetcher(url, { cache: 'no-cache', signal })
    if (response.status === 404) return { kind: 'absent', why: 'not-found' }
    if (!response.ok)
      return { kind: 'unavailable', why: `the server answered HTTP ${String(response.status)}` }
    if (response.headers.get('content-type')?.toLowerCase().includes('text/html'))
      return { kind: 'absent', why: 'html' }
    const text = await response.text()
    if (looksLikeHtml(text)) return { kind: 'absent', why: 'html' }
    // A file that keeps every setting neutral (the shipped one) needs no checks, and their code stays unloaded.
    if (isNeutralProviderJson(text)) return { kind: 'read', result: NEUTRAL_RESULT }
    const { parseProviderJson } = await import('@/config/parse-provider.ts')
    const result = parseProviderJson(text)
    if (!Object.hasOwn(result, 'uncheckedTheme')) return { kind: 'read', result }
    // Only a file with a theme loads the theme checks, inside the time limit like the rest.
    const { withCheckedTheme } = await import('@/config/check-provider-theme.ts')
    return { kind: 'read', result: withCheckedTheme(result) }
  } catch (error) {
    return { kind: 'unavailable', why: error instanceof Error ? error.message : 'the request failed' }
  }
}

/**
 * Fetches and checks provider.json, settling within `timeLimitMs` whatever the host does: the
 * request is aborted at the limit and the answer no longer awaited. Never rejects.
 */
export async function readProviderFile(
  url: URL,
  fetcher: typeof fetch = (input, init) => fetch(input, init),
  timeLimitMs = PROVIDER_FILE_TIME_LIMIT_MS,
): Promise<ProviderFile> {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<ProviderFile>((resolve) => {
    timer = setTimeout(() => {
      controller.abort()
      resolve({ kind: 'unavailable', why: `no answer within ${String(timeLimitMs / 1000)} s` })
    }, timeLimitMs)
  })
  try {
    return await Promise.race([attempt(url, controller.signal, fetcher), timeout])
  } finally {
    clearTimeout(timer)
  }
}
