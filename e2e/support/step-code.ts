import { checkSymbol, symbolsOf, symbolValues } from '../../src/engine/step-code-symbols.ts'

/** The same step under another tree version, with a correct check character. */
export function fromOtherVersion(code: string): string {
  const values = symbolValues(code.replace('-', '')) ?? []
  const body = values.slice(0, -1).with(0, ((values[0] ?? 0) + 1) % 32)
  return symbolsOf([...body, checkSymbol(body)])
}

/** Swaps one character for the next in the alphabet: a misheard character. */
export function misheard(code: string): string {
  const values = symbolValues(code.replace('-', '')) ?? []
  return symbolsOf(values.with(5, ((values[5] ?? 0) + 1) % 32))
}
