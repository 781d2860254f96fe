/**
 * Builds rule patterns from plain phrases so the tables stay readable and every regex stays linear:
 * a space matches any run of whitespace (bounces fold long lines), `…` is a bounded gap of up to
 * 120 characters, and everything else is literal. No phrase can produce nested quantifiers.
 */
const GAP = '[\\s\\S]{0,120}?'

function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split('…')
    .map((part) =>
      part
        .trim()
        .split(/\s+/)
        .filter((w) => w !== '')
        .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('\\s+'),
    )
    .join(GAP)
}

/** Case-insensitive alternation of phrases. */
export function words(...phrases: readonly string[]): RegExp {
  return new RegExp(phrases.map(phraseSource).join('|'), 'i')
}

/** Same as `words`, but each phrase must start and end on a word boundary. */
export function wholeWords(...phrases: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${phrases.map(phraseSource).join('|')})\\b`, 'i')
}
