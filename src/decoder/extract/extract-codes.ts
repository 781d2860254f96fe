/** A value found in an excerpt, with its range in `Excerpt.text`. */
export interface Found {
  value: string
  start: number
  end: number
}

// Status x.y.z not part of an IP address or version number; subject digit 0-7 per RFC 3463.
const STATUS = /(?<![\w.])([245]\.[0-7]\.\d{1,3})(?!\d|\.\d)/g
// Reply code followed by an enhanced status: the most reliable pair.
const PAIR = /(?<![\w.:/-])([245][0-5]\d)[ -]+\(?#?([245]\.[0-7]\.\d{1,3})(?!\d|\.\d)/g
// A reply code where servers put one: at a line start or after "said:", "SMTP;", "<<<", "was:" ...
// Linear: the blanks after the punctuation are only reachable through it, so the two runs cannot trade.
const REPLY_AT =
  /(?:^[ \t>]*|(?:said|was|returned|responded|reply|response|error|smtp|diagnostic-code|code|failed with|failure|ResponseCode|talk to me|\]|\)|>|\binfo)\s*(?:[:;,]\s*)?['"(]?|<<<\s*|;\s*)([245][0-5]\d)(?=[ \t,:-]|$)/gim
// What REPLY_AT's group needs: a 4xx or 5xx code (three digits); cheap to look for first.
const ANY_FAILURE_CODE = /[45][0-5]\d/
const QMAIL_STATUS = /\(#([245]\.[0-7]\.\d{1,3})\)/g

function first(re: RegExp, text: string, group: number): Found | null {
  re.lastIndex = 0
  const m = re.exec(text)
  if (m === null) return null
  const value = m[group]
  if (value === undefined) return null
  const start = m.index + m[0].lastIndexOf(value)
  return { value, start, end: start + value.length }
}

/** Reply code and enhanced status written next to each other, e.g. "550 5.1.1" or "550-5.7.1". */
export function findPair(text: string): { reply: Found; status: Found } | null {
  PAIR.lastIndex = 0
  let success: { reply: Found; status: Found } | null = null
  for (let m = PAIR.exec(text); m !== null; m = PAIR.exec(text)) {
    const reply = m[1]
    const status = m[2]
    if (reply === undefined || status === undefined) continue
    // Classes differ in "554 4.4.7 expired <421 4.4.2 timeout>": the reporter's summary; look further.
    if (reply[0] !== status[0]) continue
    const statusStart = m.index + m[0].lastIndexOf(status)
    const pair = {
      reply: { value: reply, start: m.index, end: m.index + 3 },
      status: { value: status, start: statusStart, end: statusStart + status.length },
    }
    // Success lines of a transcript ("250 2.1.5 Ok") come before the refusal: look further.
    if (reply[0] !== '2') return pair
    success ??= pair
  }
  return success
}

/** The most telling enhanced status in an error text. */
export function findStatus(text: string): Found | null {
  const pair = findPair(text)
  if (pair !== null) return pair.status
  const qmail = first(QMAIL_STATUS, text, 1)
  if (qmail !== null) return qmail
  STATUS.lastIndex = 0
  for (let m = STATUS.exec(text); m !== null; m = STATUS.exec(text)) {
    const value = m[1]
    if (value !== undefined && !value.startsWith('2.'))
      return { value, start: m.index, end: m.index + value.length }
  }
  return null
}

/** The SMTP reply code of the refusal (not of earlier successful steps). */
export function findReplyCode(text: string): Found | null {
  const found = findPair(text)
  if (found !== null && found.reply.value[0] !== '2') return found.reply
  const pair = found?.reply ?? null
  // REPLY_AT tries its lead words at every position; a text without any failure code needs none of that.
  if (!ANY_FAILURE_CODE.test(text)) return pair
  REPLY_AT.lastIndex = 0
  for (let m = REPLY_AT.exec(text); m !== null; m = REPLY_AT.exec(text)) {
    const value = m[1]
    if (value !== undefined && value[0] !== '2') {
      const start = m.index + m[0].length - 3
      return { value, start, end: start + 3 }
    }
  }
  // Only success replies: a delivery report ("250 2.0.0 Ok").
  return pair
}

/** Permanent when the class digit is 5, transient when 4; 2 (success) and unknown give null. */
export function permanence(status: string | null, reply: string | null): boolean | null {
  const digit = status?.[0] ?? reply?.[0]
  if (digit === '5') return true
  if (digit === '4') return false
  return null
}
