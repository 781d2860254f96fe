import { describe, expect, it } from 'vitest'
import { ALPHABET, checkHolds, checkSymbol, symbolValues } from './step-code-symbols.ts'

const withCheck = (values: number[]): number[] => [...values, checkSymbol(values)]

describe('step code symbols', () => {
  it('uses 32 distinct characters without I, L, O or U', () => {
    expect(new Set(ALPHABET).size).toBe(32)
    expect(ALPHABET).not.toMatch(/[ILOU]/)
  })

  it('reads any case and takes O, I and L for 0, 1 and 1', () => {
    expect(symbolValues('oIl0z')).toEqual([0, 1, 1, 0, 31])
    expect(symbolValues('7k3m')).toEqual(symbolValues('7K3M'))
  })

  it('refuses characters outside the alphabet', () => {
    expect(symbolValues('AB U')).toBeUndefined()
    expect(symbolValues('U')).toBeUndefined()
    expect(symbolValues('*')).toBeUndefined()
  })

  describe.each([
    [8, 1],
    [8, 2],
    [12, 3],
  ])('a %i-character code (sample %i)', (length, seed) => {
    const body = Array.from({ length: length - 1 }, (_, i) => (i * 7 + seed * 13) % 32)
    const code = withCheck(body)

    it('passes its own check', () => {
      expect(checkHolds(code)).toBe(true)
    })

    it('fails the check after any single-character substitution, at every position with every symbol', () => {
      let tried = 0
      for (let position = 0; position < code.length; position++) {
        for (let symbol = 0; symbol < 32; symbol++) {
          if (symbol === code[position]) continue
          const changed = code.with(position, symbol)
          expect(checkHolds(changed), `position ${position} → ${ALPHABET[symbol]}`).toBe(false)
          tried++
        }
      }
      expect(tried).toBe(code.length * 31)
    })

    it('fails the check after swapping any two different neighbours', () => {
      for (let position = 0; position + 1 < code.length; position++) {
        const [a, b] = [code[position] ?? 0, code[position + 1] ?? 0]
        if (a === b) continue
        expect(checkHolds(code.with(position, b).with(position + 1, a)), `swap at ${position}`).toBe(false)
      }
    })
  })

  it('catches every substitution and neighbour swap for every pair of symbols in the check position', () => {
    const missed: string[] = []
    for (let a = 0; a < 32; a++) {
      for (let b = 0; b < 32; b++) {
        const code = withCheck([5, 9, a, b])
        const check = code[4] ?? 0
        for (let symbol = 0; symbol < 32; symbol++) {
          if (symbol !== check && checkHolds(code.with(4, symbol))) missed.push(`${a} ${b} check → ${symbol}`)
        }
        if (b !== check && checkHolds(code.with(3, check).with(4, b))) missed.push(`${a} ${b} swapped`)
      }
    }
    expect(missed).toEqual([])
  })
})
