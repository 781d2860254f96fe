/** Longest part of one line that is classified: a longer line is data (base64, HTML, a paste of junk). */
export const LINE_LIMIT = 2000
/** A run of blanks longer than this keeps only its two ends: the middle says nothing. */
const BLANK_RUN_LIMIT = 256
const BLANK_RUN_KEEP = 64

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** Cuts the middle out of every long run of blanks in [start, end). */
function withoutLongBlankRuns(input: string, start: number, end: number, out: [number, number][]): void {
  let from = start
  let run = -1
  for (let i = start; i <= end; i++) {
    if (i < end && isBlank(input.charCodeAt(i))) {
      if (run < 0) run = i
      continue
    }
    if (run >= 0 && i - run > BLANK_RUN_LIMIT) {
      out.push([from, run + BLANK_RUN_KEEP])
      from = i - BLANK_RUN_KEEP
    }
    run = -1
  }
  if (end > from) out.push([from, end])
}

/**
 * The parts of [start, end) worth classifying, in order: every line up to LINE_LIMIT characters, long
 * runs of blanks shortened. Every rule pattern is tried at every position of the text it gets, so this
 * bounds the work on pastes of junk (a megabyte on one line, tens of thousands of blank lines) while a
 * bounce's own lines pass whole. The excerpt built from the spans maps evidence back to the input.
 */
export function readableSpans(input: string, start: number, end: number): [number, number][] {
  // Lines up to LINE_LIMIT pass whole and contiguous lines merge into one span, so the scan jumps from
  // the last line break within LINE_LIMIT of `pos` to the next: one call per LINE_LIMIT characters.
  const lines: [number, number][] = []
  let spanStart = start
  let pos = start
  while (pos < end) {
    const nl = input.lastIndexOf('\n', Math.min(end, pos + LINE_LIMIT) - 1)
    if (nl >= pos) {
      pos = nl + 1
      continue
    }
    // The last line, short enough to keep whole.
    if (end - pos <= LINE_LIMIT) break
    // A line longer than LINE_LIMIT: keep its start, skip the rest.
    lines.push([spanStart, pos + LINE_LIMIT])
    const lineEnd = input.indexOf('\n', pos + LINE_LIMIT)
    pos = lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1
    spanStart = pos
  }
  if (end > spanStart) lines.push([spanStart, end])
  const spans: [number, number][] = []
  for (const [s, e] of lines) withoutLongBlankRuns(input, s, e, spans)
  return spans
}
