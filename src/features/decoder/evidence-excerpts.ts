export type Span = { readonly start: number; readonly end: number }
export type ExcerptSegment = { readonly text: string; readonly marked: boolean }

const MAX_LINE = 400

/** Sorted, merged spans that lie inside `text`. */
function normalise(text: string, spans: readonly Span[]): Span[] {
  const inside = spans
    .filter(
      (s) =>
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        s.start >= 0 &&
        s.end <= text.length &&
        s.start < s.end,
    )
    .toSorted((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const span of inside) {
    const last = merged.at(-1)
    if (last && span.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) }
    else merged.push(span)
  }
  return merged
}

/**
 * The lines of `text` that contain evidence, each split into plain and marked segments, so the UI can
 * highlight what decided the diagnosis without rendering the input as anything but text.
 */
export function evidenceExcerpts(text: string, spans: readonly Span[], maxLines = 12): ExcerptSegment[][] {
  const marks = normalise(text, spans)
  const lines: Span[] = []
  for (const mark of marks) {
    const lineStart = text.lastIndexOf('\n', mark.start - 1) + 1
    const newline = text.indexOf('\n', mark.end)
    const lineEnd = newline === -1 ? text.length : newline
    const start = Math.max(lineStart, mark.start - MAX_LINE / 2)
    const end = Math.min(lineEnd, mark.end + MAX_LINE / 2)
    const last = lines.at(-1)
    if (last && start <= last.end)
      lines[lines.length - 1] = { start: last.start, end: Math.max(last.end, end) }
    else lines.push({ start, end })
  }
  return lines.slice(0, maxLines).map((line) => {
    const segments: ExcerptSegment[] = []
    let at = line.start
    for (const mark of marks) {
      if (mark.end <= line.start || mark.start >= line.end) continue
      const from = Math.max(mark.start, line.start)
      const to = Math.min(mark.end, line.end)
      if (from > at) segments.push({ text: text.slice(at, from), marked: false })
      segments.push({ text: text.slice(from, to), marked: true })
      at = to
    }
    if (at < line.end) segments.push({ text: text.slice(at, line.end), marked: false })
    return segments
  })
}

/** The evidence lines as plain text, for the message to the provider (the exact error text). */
export function evidenceText(text: string, spans: readonly Span[], limit = 4000): string {
  const lines = evidenceExcerpts(text, spans).map((segments) =>
    segments
      .map((s) => s.text)
      .join('')
      .trim(),
  )
  const joined = lines.join('\n').trim()
  return (joined === '' ? text.trim() : joined).slice(0, limit)
}
