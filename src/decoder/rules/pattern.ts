import { holdsAll, trigramKeys, trigramsOf } from './trigrams.ts'

/**
 * Builds rule patterns from plain phrases so the tables stay readable and every regex stays linear:
 * a space matches any run of whitespace (bounces fold long lines), `…` is a bounded gap of up to
 * 120 characters, and everything else is literal. No phrase can produce nested quantifiers.
 */
const GAP = '[\\s\\S]{0,120}?'

function literalWords(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+|…/)
    .filter((w) => w !== '')
}

function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split('…')
    .map((part) =>
      literalWords(part)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('\\s+'),
    )
    .join(GAP)
}

/**
 * For each pattern built here or marked with `needing`: per phrase, the trigrams a text must hold for
 * that phrase to occur in it. A pattern not in the map may match anything.
 */
const PHRASE_KEYS = new WeakMap<RegExp, readonly (readonly number[])[]>()

function withPhrases(re: RegExp, phrases: readonly string[]): RegExp {
  PHRASE_KEYS.set(
    re,
    phrases.map((p) => literalWords(p).flatMap(trigramKeys)),
  )
  return re
}

/** Case-insensitive alternation of phrases. */
export function words(...phrases: readonly string[]): RegExp {
  return withPhrases(new RegExp(phrases.map(phraseSource).join('|'), 'i'), phrases)
}

/** Same as `words`, but each phrase must start and end on a word boundary. */
export function wholeWords(...phrases: readonly string[]): RegExp {
  return withPhrases(new RegExp(`\\b(?:${phrases.map(phraseSource).join('|')})\\b`, 'i'), phrases)
}

/**
 * Marks a hand-written pattern that can only match where one of `phrases` occurs (as `words` would
 * read them), so `mayMatch` can skip it on texts without them.
 */
export function needing(re: RegExp, ...phrases: readonly string[]): RegExp {
  return withPhrases(re, phrases)
}

/**
 * A test for one text, to run before each of many patterns: false when the pattern cannot match
 * `text` (it needs a phrase the text lacks), true when it may. Reads the text once.
 */
export function mayMatchIn(text: string): (re: RegExp) => boolean {
  const present = trigramsOf(text)
  return (re) => {
    const phrases = PHRASE_KEYS.get(re)
    return phrases === undefined || phrases.some((keys) => holdsAll(present, keys))
  }
}

/** `mayMatchIn` for a single pattern. */
export function mayMatch(re: RegExp, text: string): boolean {
  return mayMatchIn(text)(re)
}
