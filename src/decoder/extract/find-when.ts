// A report's own date ("Arrival-Date:", "Date:"), an ISO time stamp (Exim logs, many tools), or a syslog
// time stamp ("Mar  3 10:00:01"; syslog leaves out the year).
const DATE_FIELD = /^(?:Arrival-Date|Date|Sent):[ \t]{0,20}(\S[^\r\n]{0,99})/im
const ISO_STAMP = /\b\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[ ]?[+-]\d\d:?\d\d)?/
const SYSLOG_STAMP = /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d/m

/** When the text dates the refusal, as written there; null when it does not. Reads the first 64 KB. */
export function findWhen(text: string): string | null {
  const head = text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text
  const field = DATE_FIELD.exec(head)?.[1]
  if (field !== undefined) return field.trim()
  return ISO_STAMP.exec(head)?.[0] ?? SYSLOG_STAMP.exec(head)?.[0] ?? null
}
