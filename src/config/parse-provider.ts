import type { ThemeProblem } from '@/lib/theme.ts'
import type { ProviderConfig } from './provider.ts'
import { DEFAULT_PROVIDER } from './provider.ts'

/**
 * One thing wrong in a provider config, as data. The words for the host live in
 * `describe-provider-problems.ts`, loaded only when there is something to say, so the first screen
 * never downloads them.
 */
export type ProviderProblem =
  | { readonly kind: 'not-an-object' }
  | { readonly kind: 'html' }
  | { readonly kind: 'bad-json'; readonly line: number | null; readonly column: number | null }
  | { readonly kind: 'bad-value'; readonly key: ProviderKey; readonly value: unknown }
  | { readonly kind: 'unknown-key'; readonly key: string }
  /** A problem inside `theme`: that part of the theme is ignored, the rest used. */
  | { readonly kind: 'theme'; readonly problem: ThemeProblem }

export type ProviderKey = keyof ProviderConfig

/**
 * What reading a provider config found. Each valid field is used and each invalid one keeps its
 * neutral default, so one mistake never throws away the good values.
 */
export type ProviderConfigResult = {
  readonly config: ProviderConfig
  /** The first problems found (at most MAX_LISTED_PROBLEMS). */
  readonly problems: readonly ProviderProblem[]
  /** How many problems there are in all; more than `problems.length` when the list was cut. */
  readonly problemCount: number
  /**
   * The file's `theme` field, not checked yet: `withCheckedTheme` (check-provider-theme.ts) checks it,
   * so the app loads the theme checks only for a provider.json that has a theme.
   */
  readonly uncheckedTheme?: unknown
}

/** A hostile file must not flood the console or the terminal: the list is capped. */
export const MAX_LISTED_PROBLEMS = 20

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
// A plain address only: it ends up in a mailto: link, where ?, &, %, commas or a second @ would add
// recipients, headers or a body the provider never meant.
const EMAIL_LOCAL_PART = /^[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*$/i
const hasControl = (text: string) =>
  Array.from(text).some((c) => {
    const code = c.charCodeAt(0)
    return code < 0x20 || (code >= 0x7f && code <= 0x9f)
  })

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function isPlainEmail(v: string): boolean {
  const at = v.indexOf('@')
  if (at < 1 || at !== v.lastIndexOf('@')) return false
  const local = v.slice(0, at)
  const domain = v.slice(at + 1)
  return local.length <= 64 && EMAIL_LOCAL_PART.test(local) && domain.includes('.') && HOST.test(domain)
}

function isHttpsUrl(v: string): boolean {
  if (!/^https:\/\/\S+$/.test(v) || !URL.canParse(v)) return false
  const url = new URL(v)
  return url.hostname !== '' && url.username === '' && url.password === ''
}

type Check = (value: unknown) => boolean
const nullable =
  (accepts: (v: string) => boolean): Check =>
  (v) =>
    v === null || (typeof v === 'string' && accepts(v))
const port: Check = (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 65535
const nullableBoolean: Check = (v) => v === null || typeof v === 'boolean'

export const MAX_EMBED_ORIGINS = 20
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]']
/** Exactly an origin (no path, no trailing slash): https, or http on this machine for testing. */
function isOrigin(v: unknown): boolean {
  if (typeof v !== 'string' || !URL.canParse(v)) return false
  const url = new URL(v)
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname))
  return secure && url.origin === v
}
const originList: Check = (v) => Array.isArray(v) && v.length <= MAX_EMBED_ORIGINS && v.every(isOrigin)

type CheckedKey = Exclude<ProviderKey, 'theme'>
const CHECKS: Record<CheckedKey, Check> = {
  name: nullable((v) => v.trim() !== '' && v.length <= 80 && !hasControl(v)),
  outgoingServer: nullable((v) => HOST.test(v)),
  submissionPort: port,
  implicitTlsPort: port,
  supportEmail: nullable(isPlainEmail),
  supportUrl: nullable(isHttpsUrl),
  offersSmtpAuth: nullableBoolean,
  offersPopBeforeSmtp: nullableBoolean,
  embedOrigins: originList,
  embedEvents: (v) => typeof v === 'boolean',
}
export const PROVIDER_KEYS: readonly ProviderKey[] = [...(Object.keys(CHECKS) as CheckedKey[]), 'theme']

const wholeFileProblem = (problem: ProviderProblem): ProviderConfigResult => ({
  config: DEFAULT_PROVIDER,
  problems: [problem],
  problemCount: 1,
})

/**
 * Checks an untrusted provider config (for example the parsed `provider.json`). Missing fields take
 * their default; a wrong field is reported by name and takes its default; unknown fields are reported
 * and ignored. Field problems come first, so a flood of unknown keys cannot hide them. The `theme`
 * field is set aside unchecked, for `withCheckedTheme`.
 */
export function parseProviderConfig(raw: unknown): ProviderConfigResult {
  if (!isRecord(raw)) return wholeFileProblem({ kind: 'not-an-object' })
  const problems: ProviderProblem[] = []
  let problemCount = 0
  const report = (problem: ProviderProblem) => {
    problemCount += 1
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(problem)
  }
  const config: Record<string, unknown> = { ...DEFAULT_PROVIDER }
  for (const key of PROVIDER_KEYS) {
    if (key === 'theme' || !Object.hasOwn(raw, key)) continue
    if (CHECKS[key](raw[key])) config[key] = raw[key]
    else report({ kind: 'bad-value', key, value: raw[key] })
  }
  for (const key of Object.keys(raw))
    if (!PROVIDER_KEYS.includes(key as ProviderKey)) report({ kind: 'unknown-key', key })
  const result = { config: config as ProviderConfig, problems, problemCount }
  return Object.hasOwn(raw, 'theme') ? { ...result, uncheckedTheme: raw.theme } : result
}

function jsonErrorPlace(text: string, error: unknown): { line: number | null; column: number | null } {
  const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined
  if (position === undefined) return { line: null, column: null }
  const before = text.slice(0, Number(position)).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

/** Reads the text of a provider.json: JSON first, then each field as `parseProviderConfig` does. */
export function parseProviderJson(text: string): ProviderConfigResult {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trimStart().startsWith('<')) return wholeFileProblem({ kind: 'html' })
  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch (error) {
    return wholeFileProblem({ kind: 'bad-json', ...jsonErrorPlace(body, error) })
  }
  return parseProviderConfig(raw)
}
