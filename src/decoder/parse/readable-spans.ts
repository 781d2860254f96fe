/** Longest part of one line that is classified: a longer line is data (base64, HTML, a paste of junk). */
export const LINE_LIMIT = 2000
/** A run of blanks longer than this keeps only its two ends: the middle says nothing. */
const BLANK_RUN_LIMIT = 256
const BLANK_RUN_KEEP = 64

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** Every position this far apart is looked at: a long run of blanks always covers one of them. */
const SAMPLE_STEP = BLANK_RUN_LIMIT / 2

/**
 * Cuts the middle out of every long run of blanks in [start, end). A run longer than BLANK_RUN_LIMIT
 * covers at least one of every SAMPLE_STEP-th position, so only those are read, and a run is measured
 * only around a blank one: on ordinary text that reads a small part of the characters.
 */
export function withoutLongBlankRuns(
  input: string,
  start: number,
  end: number,
  out: [number, number][],
): void {
  let from = start
  let next = start + SAMPLE_STEP - 1
  while (next < end) {
    if (!isBlank(input.charCodeAt(next))) {
      next += SAMPLE_STEP
      continue
    }
    let runStart = next
    while (runStart > start && isBlank(input.charCodeAt(runStart - 1))) runStart--
    let runEnd = next + 1
    while (runEnd < end && isBlank(input.charCodeAt(runEnd))) runEnd++
    if (runEnd - runStart > BLANK_RUN_LIMIT) {
      out.push([from, runStart + BLANK_RUN_KEEP])
      from = runEnd - BLANK_RUN_KEEP
    }
    // On to the first sampled position past this run, so no run is measured twice.
    next += SAMPLE_STEP * Math.ceil((runEnd - next) / SAMPLE_STEP)
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
