import type { Evidence } from '../types.ts'

interface Piece {
  /** Offset of the piece in `Excerpt.text`. */
  at: number
  /** Offset of the same characters in the input. */
  from: number
  length: number
}

/**
 * Text the decoder works on, with a map back to the input: either one contiguous window of the input
 * or several windows (selected lines of a huge paste) joined by "\n".
 */
export interface Excerpt {
  readonly input: string
  readonly text: string
  readonly pieces: readonly Piece[]
}

export function windowOf(input: string, start: number, end: number): Excerpt {
  const s = Math.max(0, Math.min(start, input.length))
  const e = Math.max(s, Math.min(end, input.length))
  return { input, text: input.slice(s, e), pieces: [{ at: 0, from: s, length: e - s }] }
}

/** Joins windows of the input with "\n"; spans must be sorted and must not overlap. */
export function joinWindows(input: string, spans: readonly (readonly [number, number])[]): Excerpt {
  const pieces: Piece[] = []
  const parts: string[] = []
  let at = 0
  for (const [start, end] of spans) {
    if (parts.length > 0) at += 1
    parts.push(input.slice(start, end))
    pieces.push({ at, from: start, length: end - start })
    at += end - start
  }
  return { input, text: parts.join('\n'), pieces }
}

/** A standalone string (e.g. a decoded MIME part) that has no position in the input. */
export function detached(text: string): Excerpt {
  return { input: text, text, pieces: [{ at: 0, from: 0, length: text.length }] }
}

/** A sub-range of an excerpt as its own excerpt (same input mapping). */
export function subExcerpt(ex: Excerpt, start: number, end: number): Excerpt {
  const s = Math.max(0, Math.min(start, ex.text.length))
  const e = Math.max(s, Math.min(end, ex.text.length))
  const pieces: Piece[] = []
  for (const p of ex.pieces) {
    const ps = Math.max(p.at, s)
    const pe = Math.min(p.at + p.length, e)
    if (pe < ps || (pe === ps && p.length > 0)) continue
    pieces.push({ at: ps - s, from: p.from + (ps - p.at), length: pe - ps })
  }
  if (pieces.length === 0) pieces.push({ at: 0, from: toInput(ex, s), length: 0 })
  return { input: ex.input, text: ex.text.slice(s, e), pieces }
}

/** Input offset of excerpt offset `i` (a separator maps to the end of the piece before it). */
export function toInput(ex: Excerpt, i: number): number {
  let lo = 0
  let hi = ex.pieces.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    const p = ex.pieces[mid]
    if (p !== undefined && p.at <= i) lo = mid
    else hi = mid - 1
  }
  const p = ex.pieces[lo]
  if (p === undefined) return 0
  return p.from + Math.max(0, Math.min(i - p.at, p.length))
}

/** Evidence for excerpt range [start, end): always `text === input.slice(start, end)`. */
export function evidenceAt(ex: Excerpt, start: number, end: number, why: string): Evidence {
  const s = toInput(ex, start)
  const e = Math.max(s, end > start ? toInput(ex, end - 1) + 1 : s)
  const clampedEnd = Math.min(e, ex.input.length)
  return { start: s, end: clampedEnd, text: ex.input.slice(s, clampedEnd), why }
}

/** Several ranges of an excerpt as one excerpt (joined by "\n"), keeping the input mapping. */
export function pickRanges(ex: Excerpt, ranges: readonly (readonly [number, number])[]): Excerpt {
  const first = ranges[0]
  if (ranges.length === 1 && first !== undefined) return subExcerpt(ex, first[0], first[1])
  const parts = ranges.map(([s, e]) => subExcerpt(ex, s, e))
  const pieces: Piece[] = []
  const texts: string[] = []
  let at = 0
  for (const part of parts) {
    if (texts.length > 0) at += 1
    for (const p of part.pieces) pieces.push({ at: at + p.at, from: p.from, length: p.length })
    texts.push(part.text)
    at += part.text.length
  }
  if (pieces.length === 0) pieces.push({ at: 0, from: 0, length: 0 })
  return { input: ex.input, text: texts.join('\n'), pieces }
}
