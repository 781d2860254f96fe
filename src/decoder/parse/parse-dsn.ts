import type { Found } from '../extract/extract-codes.ts'
import {
  REPORTER_CATEGORY_FIELDS,
  type ReporterCategory,
  reporterCategory,
} from '../extract/reporter-categories.ts'
import { addressToken } from './address-token.ts'

/** One per-recipient group of a delivery status notification (RFC 3464). Ranges index the parsed text. */
export interface DsnRecipient {
  recipient: Found | null
  action: Found | null
  status: Found | null
  remoteMta: Found | null
  diagnostic: Found | null
  diagnosticType: string | null
  /** The reporter's own classification (e.g. "X-PowerMTA-BounceCategory"), when it gives one. */
  category: ReporterCategory | null
  /** Range of the whole group in the parsed text. */
  start: number
  end: number
}

export interface DsnReport {
  reportingMta: Found | null
  recipients: DsnRecipient[]
}

// The value starts at its first non-blank, so the blanks before it are matched once, not traded.
const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,40})[ \t]*:[ \t]*((?:[^ \t\n\r\u2028\u2029][^\n\r\u2028\u2029]*)?)$/
const RECIPIENT_FIELDS = new Set(['final-recipient', 'original-recipient'])

function valueAfterType(f: Found): Found {
  // "rfc822; user@example.com", "smtp; 550 ...", "dns; mx.example.com": drop the type word.
  const semi = f.value.indexOf(';')
  if (semi < 0 || semi > 20) return f
  const rest = f.value.slice(semi + 1)
  const lead = rest.length - rest.trimStart().length
  const value = rest.trim()
  const start = f.start + semi + 1 + lead
  return { value, start, end: Math.max(start, f.end) }
}

function typeOf(f: Found): string | null {
  const semi = f.value.indexOf(';')
  return semi < 0 || semi > 20 ? null : f.value.slice(0, semi).trim().toUpperCase()
}

function cleanAddress(f: Found | null): Found | null {
  if (f === null) return null
  const found = addressToken(f.value)
  if (found === null) return null
  const value = found.value
  const start = f.start + found.index
  return { value: value.toLowerCase(), start, end: start + value.length }
}

/** Groups of "Field: value" lines separated by blank lines; continuation lines are folded in. */
function fieldGroups(text: string): { fields: Map<string, Found>; start: number; end: number }[] {
  const groups: { fields: Map<string, Found>; start: number; end: number }[] = []
  let current: { fields: Map<string, Found>; start: number; end: number } | null = null
  let last: { key: string; found: Found } | null = null
  let pos = 0
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos)
    const lineEnd = nl < 0 ? text.length : nl
    const line = text.slice(pos, lineEnd).replace(/\r$/, '')
    if (line.trim() === '') {
      current = null
      last = null
    } else if (/^[ \t]/.test(line) && last !== null && current !== null) {
      const f = last.found
      f.value = `${f.value} ${line.trim()}`
      f.end = pos + line.length
      current.end = f.end
    } else {
      const m = FIELD.exec(line)
      if (m !== null) {
        const name = (m[1] ?? '').toLowerCase()
        // Some reporters list recipients back to back with no blank line between their groups.
        if (current !== null && RECIPIENT_FIELDS.has(name) && current.fields.has(name)) current = null
        if (current === null) {
          current = { fields: new Map(), start: pos, end: pos + line.length }
          groups.push(current)
        }
        const raw = m[2] ?? ''
        const start = pos + line.length - raw.length
        const found: Found = { value: raw.trim(), start, end: start + raw.trimEnd().length }
        if (!current.fields.has(name)) current.fields.set(name, found)
        last = { key: name, found }
        current.end = pos + line.length
      } else {
        last = null
      }
    }
    if (nl < 0) break
    pos = nl + 1
  }
  return groups
}

function categoryOf(fields: ReadonlyMap<string, Found>): ReporterCategory | null {
  for (const name of Object.keys(REPORTER_CATEGORY_FIELDS)) {
    const field = fields.get(name)
    const category = field === undefined ? null : reporterCategory(name, field.value)
    if (category !== null) return category
  }
  return null
}

/** Parses the text of a message/delivery-status part (or DSN fields pasted as text). Never throws. */
export function parseDsn(text: string): DsnReport {
  const report: DsnReport = { reportingMta: null, recipients: [] }
  for (const group of fieldGroups(text)) {
    const get = (k: string): Found | null => group.fields.get(k) ?? null
    const reporting = get('reporting-mta')
    if (reporting !== null && report.reportingMta === null) report.reportingMta = valueAfterType(reporting)
    const final = get('final-recipient') ?? get('original-recipient') ?? get('x-actual-recipient')
    if (final === null) continue
    const diag = get('diagnostic-code')
    const remote = get('remote-mta')
    const status = get('status')
    const statusValue = status === null ? null : /[245]\.\d{1,3}\.\d{1,3}/.exec(status.value)
    report.recipients.push({
      recipient: cleanAddress(valueAfterType(final)),
      action: get('action'),
      status:
        status === null || statusValue === null
          ? null
          : {
              value: statusValue[0],
              start: status.start + statusValue.index,
              end: status.start + statusValue.index + statusValue[0].length,
            },
      remoteMta: remote === null ? null : valueAfterType(remote),
      diagnostic: diag === null ? null : valueAfterType(diag),
      diagnosticType: diag === null ? null : typeOf(diag),
      category: categoryOf(group.fields),
      start: group.start,
      end: group.end,
    })
  }
  return report
}
