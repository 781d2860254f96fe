import { checkHolds, checkSymbol, symbolsOf, symbolValues } from './step-code-symbols.ts'
import { treeFingerprint } from './tree-fingerprint.ts'
import type { Tree } from './types.ts'
import type { Walk } from './walk.ts'
import { findAnswer, startAt } from './walk.ts'
import { enumerateWalks, loopsAfter } from './walk-enumeration.ts'

/*
 * A step code names one walk (start node and answers) in a few characters that can be read out:
 *
 *   VVV PPPP C     e.g. 7K3M-X9QP
 *
 * VVV is the tree version (15 bits of a hash of the tree's shape), P the walk's number in base 32 and
 * C a check character (see step-code-symbols.ts). Walks are numbered in a fixed order: first every
 * walk that takes no `loops` answer, from every node as start (entries, decoder landings and deep links
 * may start anywhere), then every walk that takes one, then two, and so on. The payload has as many
 * characters as the largest loop-free number needs, so every loop-free walk has a code of the same
 * length; a walk that goes round a loop gets a longer code only once its number no longer fits.
 *
 * A code from a build whose tree differs is told apart by its version with a chance of 1 − 1/32768;
 * in the remaining 1 in 32768 it reads as a walk of this tree, usually another one than meant.
 * In a tree with a loop every number names some walk, so `unknown-step` comes only from trees without.
 */

export type StepCodeFailure = 'empty' | 'malformed' | 'check-failed' | 'other-version' | 'unknown-step'

export type StepCodeResult<Id extends string> =
  | { readonly ok: true; readonly walk: Walk<Id> }
  | { readonly ok: false; readonly reason: StepCodeFailure }

export type StepCodec<Id extends string> = {
  /** Three characters naming this tree's shape; every code of this build starts with them. */
  readonly version: string
  /**
   * The code in its display form, groups of four joined by hyphens: `7K3M-X9QP`. Takes a walk as the
   * engine builds it (`choose`, `replay`): every answer offered where it was given.
   */
  encode(walk: Walk<Id>): string
  /** Reads a code typed in any case, with spaces or hyphens, or a pasted `#/c/CODE` link or URL. */
  decode(input: string): StepCodeResult<Id>
  /** Characters (without separators) in the code of every walk that takes no `loops` answer. */
  readonly longest: number
  /**
   * Counts the walks the first code needs (every loop-free walk from every node). Codes work without
   * it; calling it while the browser is idle keeps that counting off the first screen that shows one.
   */
  prepare(): void
}

const FORMAT = 'step-code/1'
const VERSION_LENGTH = 3
const BASE = 32n
/** Longer input is not a code: this bounds the work a pasted text can cause. */
const MAX_LENGTH = 40

const GROUP = /.{1,4}/g

const display = (code: string): string => (code.match(GROUP) ?? []).join('-')

/** The code's characters from what was typed or pasted: the part after `#/c/` if present, without separators. */
export function codeCharacters(input: string): string {
  const link = /#\/c\/([^?#]*)/.exec(input)
  const raw = link?.[1] ?? input
  let text = raw
  try {
    text = decodeURIComponent(raw)
  } catch {
    // Keep the raw text; the alphabet check below rejects what it cannot read.
  }
  return text.replace(/[\s\-–—.]/gu, '')
}

function toSymbols(value: bigint, length: number): number[] {
  const values: number[] = []
  for (let rest = value; rest > 0n; rest /= BASE) values.unshift(Number(rest % BASE))
  while (values.length < length) values.unshift(0)
  return values
}

const fromSymbols = (values: readonly number[]): bigint =>
  values.reduce((value, symbol) => value * BASE + BigInt(symbol), 0n)

export function createStepCodec<Id extends string>(tree: Tree<Id>): StepCodec<Id> {
  const hash = treeFingerprint(tree, FORMAT)
  const versionValues = [(hash >>> 10) & 31, (hash >>> 5) & 31, hash & 31]
  const version = symbolsOf(versionValues)
  const starts = Object.keys(tree.nodes) as Id[]
  const enumeration = enumerateWalks(tree)
  const walksFrom = (start: Id, loops: number) => enumeration.count(start, enumeration.none, loops)

  /** Walks with exactly `loops` loop answers, over all starts (memoised per class). */
  const classSizes: bigint[] = []
  const classSize = (loops: number): bigint => {
    for (let k = classSizes.length; k <= loops; k++) {
      classSizes.push(starts.reduce((sum, start) => sum + walksFrom(start, k), 0n))
    }
    return classSizes[loops] ?? 0n
  }

  let payloadLengthMemo: number | undefined
  const payloadLength = (): number => {
    payloadLengthMemo ??= Math.max(1, toSymbols(classSize(0) - 1n, 1).length)
    return payloadLengthMemo
  }

  function rankOf(walk: Walk<Id>): bigint {
    const loops = walk.trail.filter((step) => findAnswer(tree.nodes[step.node], step.answer)?.loops).length
    let rank = 0n
    for (let k = 0; k < loops; k++) rank += classSize(k)
    for (const start of starts) {
      if (start === walk.start) break
      rank += walksFrom(start, loops)
    }
    let known = enumeration.none
    let left = loops
    for (const step of walk.trail) {
      if (left === 0) rank += 1n
      for (const answer of enumeration.offered(step.node, known)) {
        if (answer.key === step.answer) {
          known = enumeration.after(known, answer)
          left = loopsAfter(left, answer)
          break
        }
        rank += enumeration.count(answer.next, enumeration.after(known, answer), loopsAfter(left, answer))
      }
    }
    return rank
  }

  function walkOf(value: bigint): Walk<Id> | undefined {
    let rest = value
    let loops = 0
    for (let size = classSize(0); rest >= size; size = classSize(++loops)) {
      if (size === 0n) return undefined
      rest -= size
    }
    const start = starts.find((candidate) => {
      const here = walksFrom(candidate, loops)
      if (rest < here) return true
      rest -= here
      return false
    })
    if (start === undefined) return undefined
    let walk = startAt(start)
    let known = enumeration.none
    let left = loops
    for (;;) {
      if (left === 0) {
        if (rest === 0n) return walk
        rest -= 1n
      }
      const chosen = enumeration.offered(walk.current, known).find((answer) => {
        const here = enumeration.count(
          answer.next,
          enumeration.after(known, answer),
          loopsAfter(left, answer),
        )
        if (rest < here) return true
        rest -= here
        return false
      })
      if (!chosen) return undefined
      walk = {
        start,
        trail: [...walk.trail, { node: walk.current, answer: chosen.key }],
        current: chosen.next,
      }
      known = enumeration.after(known, chosen)
      left = loopsAfter(left, chosen)
    }
  }

  return {
    version,
    encode(walk) {
      const payload = [...versionValues, ...toSymbols(rankOf(walk), payloadLength())]
      return display(symbolsOf([...payload, checkSymbol(payload)]))
    },
    decode(input) {
      const characters = codeCharacters(input)
      if (characters === '') return { ok: false, reason: 'empty' }
      const values = characters.length <= MAX_LENGTH ? symbolValues(characters) : undefined
      if (!values || values.length < VERSION_LENGTH + payloadLength() + 1)
        return { ok: false, reason: 'malformed' }
      if (!checkHolds(values)) return { ok: false, reason: 'check-failed' }
      if (versionValues.some((value, index) => values[index] !== value))
        return { ok: false, reason: 'other-version' }
      const walk = walkOf(fromSymbols(values.slice(VERSION_LENGTH, -1)))
      return walk ? { ok: true, walk } : { ok: false, reason: 'unknown-step' }
    },
    get longest() {
      return VERSION_LENGTH + payloadLength() + 1
    },
    prepare() {
      payloadLength()
    },
  }
}
