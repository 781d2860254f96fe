/** Characters that end an address token in a DSN field ("rfc822; <a@b.example>", "a@b; x"). */
const TOKEN = /[^\s<>;"]+/g
/** Punctuation that closes the sentence or the parenthesis around an address, not the address. */
const TRAILING = new Set(['.', ',', ')'])

/**
 * The first token of `text` with an "@" that has a character before it and two after it, trailing
 * punctuation dropped: "rfc822; <Bob@Example.net>." gives "Bob@Example.net". A scan, not a single
 * regex, because a regex searching for the "@" from every start is quadratic on a long token.
 */
export function addressToken(text: string): { value: string; index: number } | null {
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const token = m[0]
    let end = token.length
    while (end > 0 && TRAILING.has(token[end - 1] ?? '')) end--
    const at = token.indexOf('@', 1)
    if (at >= 0 && at <= end - 3) return { value: token.slice(0, end), index: m.index }
  }
  return null
}
