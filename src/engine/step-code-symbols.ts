/**
 * The characters of a step code and its check character. Crockford's base32 alphabet: digits and
 * letters without I, L, O and U, so nothing is misread or misheard as something else; typed input is
 * case-insensitive and O, I and L are read as 0, 1 and 1.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

const READ_AS: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' }

/** The symbol values of `text`, or undefined if a character is not in the alphabet. */
export function symbolValues(text: string): number[] | undefined {
  const values: number[] = []
  for (const raw of text.toUpperCase()) {
    const value = ALPHABET.indexOf(READ_AS[raw] ?? raw)
    if (value < 0) return undefined
    values.push(value)
  }
  return values
}

export const symbolsOf = (values: readonly number[]): string =>
  values.map((value) => ALPHABET[value]).join('')

/*
 * The check character works in GF(32), the field with 32 elements (polynomial x^5 + x^2 + 1, whose
 * root α is primitive). Position i of the code, counted from the end, is weighted α^i and the check
 * makes the weighted sum zero. Changing one character changes the sum by α^i·(a − b) ≠ 0, so every
 * single substitution is caught; swapping neighbours changes it by α^i·(1 + α)·(a − b) ≠ 0, so every
 * adjacent transposition of two different characters is caught too (for codes up to 31 characters).
 */
const POWERS: number[] = []
const LOGS: number[] = Array.from({ length: 32 }, () => 0)
for (let i = 0, x = 1; i < 31; i++, x = x & 0b10000 ? ((x << 1) ^ 0b100101) & 0b11111 : x << 1) {
  POWERS.push(x)
  LOGS[x] = i
}

const times = (a: number, b: number): number =>
  a === 0 || b === 0 ? 0 : (POWERS[((LOGS[a] ?? 0) + (LOGS[b] ?? 0)) % 31] ?? 0)

/** Σ α^(i+1)·v over the values, the last one weighted α^1: the check symbol sits at weight α^0 after them. */
function weightedSum(values: readonly number[]): number {
  let sum = 0
  values.forEach((value, index) => {
    sum ^= times(POWERS[(values.length - index) % 31] ?? 1, value)
  })
  return sum
}

/** The check symbol to append to `values`. */
export const checkSymbol = (values: readonly number[]): number => weightedSum(values)

/** Whether the last value is the right check symbol for the ones before it. */
export function checkHolds(values: readonly number[]): boolean {
  const body = values.slice(0, -1)
  return values.length > 1 && weightedSum(body) === values.at(-1)
}
