import { describeThemeProblem } from './describe-theme-problem.ts'
import type { ProviderConfigResult, ProviderKey, ProviderProblem } from './parse-provider.ts'
import { PROVIDER_KEYS } from './parse-provider.ts'

/** Echoed pieces of a hostile file are cut, so they cannot flood the console or the terminal. */
export const MAX_ECHO_LENGTH = 40

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f)
// Invisible marks that reorder the text around them, and line separators.
const isBidiOrSeparator = (code: number) =>
  code === 0x200e ||
  code === 0x200f ||
  code === 0x2028 ||
  code === 0x2029 ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069)

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

/** What each setting must be, in the words of the problem report. */
const EXPECTED: Record<ProviderKey, string> = {
  name: 'must be text of up to 80 characters on one line, or null',
  outgoingServer: 'must be a host name such as smtp.example.com, or null',
  submissionPort: 'must be a whole number from 1 to 65535',
  implicitTlsPort: 'must be a whole number from 1 to 65535',
  supportEmail:
    'must be a plain email address such as support@example.com (no spaces, ?, &, %, <>, quotes, commas or second @), or null',
  supportUrl: 'must be an https:// address, or null',
  offersSmtpAuth: 'must be true, false or null',
  offersPopBeforeSmtp: 'must be true, false or null',
  theme:
    'must be an object such as {"accent": "#1d4ed8", "radius": 8, "font": "system", "mode": "auto", "logo": "logo.svg"}',
  embedOrigins:
    'must be a list of at most 20 origins such as "https://help.example.com" (https, no path or trailing slash; http only for localhost)',
  embedEvents: 'must be true or false',
}

/** One problem, for a person to read. */
export function describeProviderProblem(problem: ProviderProblem): string {
  switch (problem.kind) {
    case 'not-an-object':
      return 'the file must contain one JSON object'
    case 'html':
      return 'the file is an HTML page, not JSON (a server that answers unknown addresses with its index.html does this)'
    case 'bad-json':
      return `the file is not valid JSON${problem.line === null ? '' : ` (line ${String(problem.line)}, column ${String(problem.column)})`}`
    case 'bad-value':
      return `"${problem.key}" ${EXPECTED[problem.key]} (found ${describeValue(problem.value)})`
    case 'theme':
      return describeThemeProblem(problem.problem, describeValue)
    case 'unknown-key': {
      const meant = PROVIDER_KEYS.find((known) => known.toLowerCase() === problem.key.toLowerCase())
      return `${echo(problem.key)} is not a known setting${meant ? ` (did you mean "${meant}"?)` : ''}`
    }
  }
}

/** "1 problem", "200,001 problems". */
export const problemCountText = (result: ProviderConfigResult): string =>
  `${result.problemCount.toLocaleString('en')} problem${result.problemCount === 1 ? '' : 's'}`

/** The problems as lines for a person to read, with a count of any that were not listed. */
export function problemLines(result: ProviderConfigResult): string[] {
  const lines = result.problems.map(describeProviderProblem)
  const unlisted = result.problemCount - result.problems.length
  return unlisted > 0 ? [...lines, `… and ${unlisted.toLocaleString('en')} more`] : lines
}
