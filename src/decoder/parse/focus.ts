import { type Excerpt, joinWindows, windowOf } from './excerpt.ts'
import { LINE_LIMIT, readableSpans } from './readable-spans.ts'

/** At most this much text is classified; beyond it only likely error lines are kept. */
export const FOCUS_LIMIT = 64 * 1024

// The returned original message starts here; everything after it is the user's own mail, not the error.
// Linear: one run of dashes and blanks before the wording, never two blank runs that could trade.
const ORIGINAL_MESSAGE =
  /^[ \t]*(?:-+[ \t]*)?(?:this is a copy of the message|below this line is a copy of the message|original message follows|unsent message below|original message[ \t]*-{2,}|the header of the original message is following|original message headers:|content-type:[ \t]*(?:message\/rfc822|text\/rfc822-headers))/im

// Lines worth keeping from a huge paste: failure codes (4xx/5xx, 4.x.x/5.x.x) or refusal wording.
const CANDIDATE_LINE =
  /(?<![\w.])[45][0-5]\d[ -]|(?<![\w.])[45]\.[0-7]\.\d{1,3}(?![\d])|relay(?:ing| access| not| denied)|unable to relay|denied|reject|refused|blocked|not permitted|authenticat|said:/i

const MIN_CANDIDATE = 4

const HEADER_LINE = /^(?:From [^\r\n]*|[A-Za-z][\w-]{0,60}:[ \t]?[^\r\n]*)\r?$/

/** End of a leading RFC 5322 header block (the text was pasted with the bounce's own headers), else 0. */
function afterHeaders(input: string): number {
  const firstEnd = input.indexOf('\n')
  const firstLine = input.slice(0, firstEnd < 0 ? Math.min(input.length, 1000) : Math.min(firstEnd, 1000))
  if (
    !HEADER_LINE.test(firstLine) ||
    !/^(?:From |Return-Path|Received|Date|Delivered-To|X-|Message-ID|Subject|From:|To:|MIME-Version|Content-)/i.test(
      firstLine,
    )
  )
    return 0
  const blank = /\r?\n\r?\n/.exec(input.length > FOCUS_LIMIT * 4 ? input.slice(0, FOCUS_LIMIT * 4) : input)
  return blank === null ? 0 : blank.index + blank[0].length
}

function readable(input: string, start: number, end: number): Excerpt {
  const spans = readableSpans(input, start, end)
  const only = spans[0]
  if (spans.length === 0 || (spans.length === 1 && only?.[0] === start && only[1] === end))
    return windowOf(input, start, end)
  return joinWindows(input, spans)
}

/** The part of the input the decoder reads: bounded in size so time stays linear in the input length. */
export function focus(input: string): Excerpt {
  const start = afterHeaders(input)
  const rest =
    input.length - start > FOCUS_LIMIT * 16
      ? input.slice(start, start + FOCUS_LIMIT * 16)
      : input.slice(start)
  const cut = ORIGINAL_MESSAGE.exec(rest)
  // A marker at the very top means the paste is only the returned message: read it all.
  const end = cut !== null && cut.index > 0 ? start + cut.index : input.length
  if (end - start <= FOCUS_LIMIT) return readable(input, start, end)

  const spans: [number, number][] = []
  let kept = 0
  let pos = start
  while (pos < end && kept < FOCUS_LIMIT) {
    const nl = input.indexOf('\n', pos)
    const lineEnd = nl < 0 || nl > end ? end : nl
    const lineStop = Math.min(lineEnd, pos + LINE_LIMIT)
    // A candidate line has at least "550 " or "5.7.1": shorter lines (blank ones) need no regex.
    if (lineStop - pos >= MIN_CANDIDATE && CANDIDATE_LINE.test(input.slice(pos, lineStop))) {
      spans.push([pos, lineStop])
      kept += lineStop - pos + 1
    }
    pos = lineEnd + 1
  }
  if (spans.length === 0) return readable(input, start, Math.min(end, start + FOCUS_LIMIT))
  return joinWindows(input, spans)
}
