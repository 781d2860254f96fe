import type { ProviderConfig } from './provider.ts'
import { DEFAULT_PROVIDER } from './provider.ts'

/**
 * What reading a provider config found. Each valid field is used and each invalid one keeps its
 * neutral default, so one mistake never throws away the good values.
 */
export type ProviderConfigResult = {
  readonly config: ProviderConfig
  /** The first problems found (at most MAX_LISTED_PROBLEMS), each naming its field. */
  readonly problems: readonly string[]
  /** How many problems there are in all; more than `problems.length` when the list was cut. */
  readonly problemCount: number
}

/** A hostile file must not flood the console or the terminal: lists and echoed text are capped. */
export const MAX_LISTED_PROBLEMS = 20
export const MAX_ECHO_LENGTH = 40

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
// A plain address only: it ends up in a mailto: link, where ?, &, %, commas or a second @ would add
// recipients, headers or a body the provider never meant.
const EMAIL_LOCAL_PART = /^[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*$/i
const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f)
// Invisible marks that reorder the text around them, and line separators.
const isBidiOrSeparator = (code: number) =>
  code === 0x200e ||
  code === 0x200f ||
  code === 0x2028 ||
  code === 0x2029 ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069)
const hasControl = (text: string) => Array.from(text).some((c) => isControl(c.charCodeAt(0)))

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A piece of the file, shortened and quoted so it prints safely on one line. */
export function echo(text: string): string {
  const chars = Array.from(text)
  const clipped = chars.length > MAX_ECHO_LENGTH ? `${chars.slice(0, MAX_ECHO_LENGTH).join('')}…` : text
  // JSON.stringify escapes quotes and C0 controls; the rest that could garble a terminal is escaped here.
  return Array.from(JSON.stringify(clipped), (c) => {
    const code = c.charCodeAt(0)
    return isControl(code) || isBidiOrSeparator(code) ? `\\u${code.toString(16).padStart(4, '0')}` : c
  }).join('')
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return echo(value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  return Array.isArray(value) ? 'a list' : 'an object'
}

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

/** A field check: null when the value is fine, otherwise what the value must be. */
type Check = (value: unknown) => string | null
const nullable =
  (accepts: (v: string) => boolean, what: string): Check =>
  (v) =>
    v === null || (typeof v === 'string' && accepts(v)) ? null : `must be ${what}, or null`
const port: Check = (v) =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 65535
    ? null
    : 'must be a whole number from 1 to 65535'
const nullableBoolean: Check = (v) =>
  v === null || typeof v === 'boolean' ? null : 'must be true, false or null'

const CHECKS: Record<keyof ProviderConfig, Check> = {
  name: nullable(
    (v) => v.trim() !== '' && v.length <= 80 && !hasControl(v),
    'text of up to 80 characters on one line',
  ),
  outgoingServer: nullable((v) => HOST.test(v), 'a host name such as smtp.example.com'),
  submissionPort: port,
  implicitTlsPort: port,
  supportEmail: nullable(
    isPlainEmail,
    'a plain email address such as support@example.com (no spaces, ?, &, %, <>, quotes, commas or second @)',
  ),
  supportUrl: nullable(isHttpsUrl, 'an https:// address'),
  offersSmtpAuth: nullableBoolean,
  offersPopBeforeSmtp: nullableBoolean,
}
const KNOWN_KEYS = Object.keys(CHECKS)

function unknownKeyProblem(key: string): string {
  const meant = KNOWN_KEYS.find((known) => known.toLowerCase() === key.toLowerCase())
  return `${echo(key)} is not a known setting${meant ? ` (did you mean "${meant}"?)` : ''}`
}

const wholeFileProblem = (problem: string): ProviderConfigResult => ({
  config: DEFAULT_PROVIDER,
  problems: [problem],
  problemCount: 1,
})

/**
 * Checks an untrusted provider config (for example the parsed `provider.json`). Missing fields take
 * their default; a wrong field is reported by name and takes its default; unknown fields are reported
 * and ignored. Field problems come first, so a flood of unknown keys cannot hide them.
 */
export function parseProviderConfig(raw: unknown): ProviderConfigResult {
  if (!isRecord(raw)) return wholeFileProblem('the file must contain one JSON object')
  const problems: string[] = []
  let problemCount = 0
  // Messages are built lazily: a file with 200,000 unknown keys costs a count, not 200,000 strings.
  const report = (message: () => string) => {
    problemCount += 1
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(message())
  }
  const config: Record<string, unknown> = { ...DEFAULT_PROVIDER }
  for (const [key, check] of Object.entries(CHECKS)) {
    if (!Object.hasOwn(raw, key)) continue
    const problem = check(raw[key])
    if (problem) report(() => `"${key}" ${problem} (found ${describeValue(raw[key])})`)
    else config[key] = raw[key]
  }
  for (const key of Object.keys(raw)) if (!Object.hasOwn(CHECKS, key)) report(() => unknownKeyProblem(key))
  return { config: config as ProviderConfig, problems, problemCount }
}

function jsonErrorPlace(text: string, error: unknown): string {
  const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined
  if (position === undefined) return ''
  const before = text.slice(0, Number(position)).split('\n')
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`
}

/** Reads the text of a provider.json: JSON first, then each field as `parseProviderConfig` does. */
export function parseProviderJson(text: string): ProviderConfigResult {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trimStart().startsWith('<'))
    return wholeFileProblem(
      'the file is an HTML page, not JSON (a server that answers unknown addresses with its index.html does this)',
    )
  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch (error) {
    return wholeFileProblem(`the file is not valid JSON${jsonErrorPlace(body, error)}`)
  }
  return parseProviderConfig(raw)
}

/** "1 problem", "200,001 problems". */
export const problemCountText = (result: ProviderConfigResult): string =>
  `${result.problemCount.toLocaleString('en')} problem${result.problemCount === 1 ? '' : 's'}`

/** The problems as lines for a person to read, with a count of any that were not listed. */
export function problemLines(result: ProviderConfigResult): string[] {
  const unlisted = result.problemCount - result.problems.length
  return unlisted > 0
    ? [...result.problems, `… and ${unlisted.toLocaleString('en')} more`]
    : [...result.problems]
}
