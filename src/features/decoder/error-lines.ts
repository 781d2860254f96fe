import type { Span } from './evidence-excerpts.ts'

/** At most this many lines between the first and the last evidence line are kept as one block. */
const MAX_BLOCK_LINES = 40

/**
 * The whole lines of `text` that hold the evidence, for the message to the provider: from the first such
 * line to the last when they are close (an error wrapped over several lines), else each line on its own.
 * Never cuts inside a line; drops whole lines past `limit` characters.
 */
export function errorLines(text: string, spans: readonly Span[], limit = 20_000): string {
  const inside = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
  if (inside.length === 0) return text.trim().slice(0, limit)
  const lineOf = (at: number) => text.slice(0, at).split('\n').length - 1
  const all = text.split('\n')
  const numbers = [...new Set(inside.flatMap((s) => [lineOf(s.start), lineOf(s.end - 1)]))].sort(
    (a, b) => a - b,
  )
  const first = numbers[0] ?? 0
  const last = numbers.at(-1) ?? first
  const picked =
    last - first < MAX_BLOCK_LINES ? all.slice(first, last + 1) : numbers.map((n) => all[n] ?? '')
  let out = ''
  for (const line of picked.map((l) => l.trimEnd())) {
    const next = out === '' ? line : `${out}\n${line}`
    if (next.length > limit) break
    out = next
  }
  return out.trim()
}
