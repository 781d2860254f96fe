import type { ProviderConfigResult } from './parse-provider.ts'
import { DEFAULT_PROVIDER } from './provider.ts'

/** What reading a neutral provider.json gives: the defaults, with nothing to report. */
export const NEUTRAL_RESULT: ProviderConfigResult = {
  config: DEFAULT_PROVIDER,
  problems: [],
  problemCount: 0,
}

/**
 * Whether provider.json's text is a JSON object that sets only known settings, each to its neutral
 * value (`{}` included), as the shipped file does. Reading it gives NEUTRAL_RESULT, so the app need not
 * load the checks of parse-provider.ts for it.
 */
export function isNeutralProviderJson(text: string): boolean {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return false
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false
  const neutral: Readonly<Record<string, unknown>> = DEFAULT_PROVIDER
  return Object.entries(raw).every(([key, value]) => Object.hasOwn(neutral, key) && neutral[key] === value)
}
