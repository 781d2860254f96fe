/**
 * A cheap test run before a pattern: which three-character sequences (case-folded) a text holds. A phrase
 * can only occur in a text that holds every trigram of each of its words, so one linear pass over the
 * text lets the decoder skip the patterns that cannot match, instead of trying each at every position.
 */

/** Every printable ASCII character is its own code (letters case-folded); everything else is OTHER. */
const OTHER = 0
const CODES = new Uint8Array(128)
let next = 1
for (let c = 33; c < 127; c++) {
  if (c >= 65 && c <= 90) continue
  CODES[c] = next++
}
for (let c = 65; c <= 90; c++) CODES[c] = CODES[c + 32] ?? OTHER
const BASE = next
const SIZE = BASE * BASE * BASE

function codeAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  return c < 128 ? (CODES[c] ?? OTHER) : OTHER
}

/** The trigram keys of one literal word; a word shorter than three characters has none. */
export function trigramKeys(word: string): number[] {
  const keys: number[] = []
  for (let i = 2; i < word.length; i++) {
    keys.push((codeAt(word, i - 2) * BASE + codeAt(word, i - 1)) * BASE + codeAt(word, i))
  }
  return keys
}

/** Marks every trigram of `text` in `present` (cleared first). */
function markTrigrams(text: string, present: Uint8Array): void {
  present.fill(0)
  let a = OTHER
  let b = OTHER
  for (let i = 0; i < text.length; i++) {
    const c = codeAt(text, i)
    present[(a * BASE + b) * BASE + c] = 1
    a = b
    b = c
  }
}

// The decoder asks about the same two texts (one recipient's error text and the whole paste around it)
// many times in a row: keep the trigrams of the last two, in two reused tables.
interface Slot {
  text: string | null
  present: Uint8Array
}
let newer: Slot = { text: null, present: new Uint8Array(SIZE) }
let older: Slot = { text: null, present: new Uint8Array(SIZE) }

/** The trigrams of `text`, as a table indexed by `trigramKeys`. */
export function trigramsOf(text: string): Uint8Array {
  if (newer.text === text) return newer.present
  if (older.text !== text) {
    markTrigrams(text, older.present)
    older.text = text
  }
  ;[newer, older] = [older, newer]
  return newer.present
}

/** Whether a text, given by its `trigramsOf` table, holds every trigram in `keys`. */
export function holdsAll(present: Uint8Array, keys: readonly number[]): boolean {
  for (const k of keys) if (present[k] !== 1) return false
  return true
}
