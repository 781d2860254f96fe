import { fillPlaceholders } from './placeholders.ts'

export type InlineSegment = { readonly kind: 'text' | 'strong' | 'code'; readonly value: string }

const INLINE = /\*\*([^*]+)\*\*|`([^`]+)`/g

/** Splits `**strong**` and `` `code` `` spans out of a string. The result is rendered as text, never as HTML. */
export function parseInline(source: string): InlineSegment[] {
  const segments: InlineSegment[] = []
  let last = 0
  for (const match of source.matchAll(INLINE)) {
    if (match.index > last) segments.push({ kind: 'text', value: source.slice(last, match.index) })
    segments.push(
      match[1] !== undefined ? { kind: 'strong', value: match[1] } : { kind: 'code', value: match[2] ?? '' },
    )
    last = match.index + match[0].length
  }
  if (last < source.length) segments.push({ kind: 'text', value: source.slice(last) })
  return segments
}

/**
 * Parses the markup of the text as written, then fills the `{placeholders}` inside each span. Values
 * (such as a provider's name) are inserted as text after parsing, so `**`, backticks or brackets in
 * a value show literally and can never become markup.
 */
export function parseInlineFilled(source: string, values: Readonly<Record<string, string>>): InlineSegment[] {
  return parseInline(source).map((segment) => ({
    kind: segment.kind,
    value: fillPlaceholders(segment.value, values),
  }))
}

export const plainText = (source: string): string =>
  parseInline(source)
    .map((s) => s.value)
    .join('')
