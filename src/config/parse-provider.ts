import type { ProviderConfig } from './provider.ts'
import { DEFAULT_PROVIDER } from './provider.ts'

export type ConfigResult =
  | { readonly ok: true; readonly config: ProviderConfig }
  | { readonly ok: false; readonly errors: readonly string[] }

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
const EMAIL = /^[^\s@<>()"]{1,64}@[^\s@<>()"]{1,253}$/
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

type Check = (value: unknown) => string | null
const nullableString =
  (max: number, pattern?: RegExp, what = 'text'): Check =>
  (v) =>
    v === null ||
    (typeof v === 'string' && v.trim() !== '' && v.length <= max && (!pattern || pattern.test(v)))
      ? null
      : `must be ${what} or null`
const port: Check = (v) =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 65535
    ? null
    : 'must be a whole number from 1 to 65535'
const nullableBoolean: Check = (v) =>
  v === null || typeof v === 'boolean' ? null : 'must be true, false or null'
const httpsUrl: Check = (v) => {
  if (v === null) return null
  if (typeof v !== 'string' || !/^https:\/\/\S+$/.test(v)) return 'must be an https:// address or null'
  return URL.canParse(v) ? null : 'must be an https:// address or null'
}

const CHECKS: Record<keyof ProviderConfig, Check> = {
  name: nullableString(80),
  outgoingServer: nullableString(253, HOST, 'a host name such as smtp.example.com'),
  submissionPort: port,
  implicitTlsPort: port,
  supportEmail: nullableString(320, EMAIL, 'an email address'),
  supportUrl: httpsUrl,
  offersSmtpAuth: nullableBoolean,
  offersPopBeforeSmtp: nullableBoolean,
}

/**
 * Checks an untrusted provider config (for example `provider.json`). Missing fields take their default;
 * every wrong or unknown field is reported by name.
 */
export function parseProviderConfig(raw: unknown): ConfigResult {
  if (!isRecord(raw)) return { ok: false, errors: ['the file must contain one JSON object'] }
  const errors: string[] = []
  for (const key of Object.keys(raw))
    if (!Object.hasOwn(CHECKS, key)) errors.push(`"${key}" is not a known setting`)
  const config: Record<string, unknown> = { ...DEFAULT_PROVIDER }
  for (const [key, check] of Object.entries(CHECKS)) {
    if (!Object.hasOwn(raw, key)) continue
    const problem = check(raw[key])
    if (problem) errors.push(`"${key}" ${problem}`)
    else config[key] = raw[key]
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config: config as ProviderConfig }
}
