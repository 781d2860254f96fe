import { describe, expect, it } from 'vitest'
import { LANDING_NODES } from '@/decoder/landing.ts'
import { pathsToOutcomes, shortestMovesTo } from '@/engine/graph.ts'
import { ALPHABET, checkSymbol, symbolsOf, symbolValues } from '@/engine/step-code-symbols.ts'
import type { Facts } from '@/engine/types.ts'
import { answersOf, offeredAnswers } from '@/engine/types.ts'
import type { Walk } from '@/engine/walk.ts'
import { replay, startAt } from '@/engine/walk.ts'
import type { NodeId } from './node-ids.ts'
import { stepCodec } from './step-codec.ts'
import { tree } from './tree.ts'

/**
 * Calls `see` with every loop-free walk from `start` of at most `depth` answers: every prefix of every
 * path, the start itself included. Carries the facts along rather than replaying each walk, to stay quick.
 */
function eachWalkFrom(
  start: NodeId,
  see: (walk: Walk<NodeId>) => void,
  depth = Number.POSITIVE_INFINITY,
): void {
  const visit = (walk: Walk<NodeId>, facts: Facts): void => {
    see(walk)
    if (walk.trail.length >= depth) return
    for (const answer of offeredAnswers(tree.nodes[walk.current], facts)) {
      if (answer.loops) continue
      const trail = [...walk.trail, { node: walk.current, answer: answer.key }]
      visit({ start, trail, current: answer.next }, answer.facts ? { ...facts, ...answer.facts } : facts)
    }
  }
  visit(startAt(start), {})
}

const sameWalk = (a: Walk<NodeId>, b: Walk<NodeId>): boolean =>
  a.start === b.start &&
  a.current === b.current &&
  a.trail.length === b.trail.length &&
  a.trail.every((step, index) => {
    const other = b.trail[index]
    return other !== undefined && step.node === other.node && step.answer === other.answer
  })

const roundTrips = (walk: Walk<NodeId>): boolean => {
  const decoded = stepCodec.decode(stepCodec.encode(walk))
  return decoded.ok && sameWalk(decoded.walk, walk)
}

const answersText = (walk: Walk<NodeId>): string =>
  `${walk.start}: ${walk.trail.map((step) => step.answer).join('/')}`

/** Checks every walk of the tree (about 90 000 from the end-user entry), which is slow on a busy machine. */
const EXHAUSTIVE = { timeout: 120_000 }

describe('step codes for the shipped tree', () => {
  it.each(Object.entries(tree.entries))(
    'round-trip every prefix of every path from the %s entry',
    EXHAUSTIVE,
    (_entry, start) => {
      let walks = 0
      const failures: string[] = []
      const checked = new Set<string>()
      eachWalkFrom(start, (walk) => {
        walks++
        if (!roundTrips(walk)) failures.push(answersText(walk))
        else checked.add(answersText(walk))
      })
      expect(failures).toEqual([])
      const paths = pathsToOutcomes(tree, start)
      expect(walks).toBeGreaterThan(paths.length)
      const unchecked = paths
        .map((path) => `${start}: ${path.moves.map((move) => move.answer).join('/')}`)
        .filter((path) => !checked.has(path))
      expect(unchecked).toEqual([])
    },
  )

  it('round-trip walks from every decoder landing, each code distinct', () => {
    const failures: string[] = []
    const codes = new Set<string>()
    let walks = 0
    for (const landing of LANDING_NODES) {
      eachWalkFrom(
        landing,
        (walk) => {
          walks++
          codes.add(stepCodec.encode(walk))
          if (!roundTrips(walk)) failures.push(answersText(walk))
        },
        3,
      )
    }
    expect(failures).toEqual([])
    expect(codes.size).toBe(walks)
  })

  it('round-trips walks that go back round each loop, once and twice', () => {
    const loopAnswers = (Object.keys(tree.nodes) as NodeId[]).flatMap((id) =>
      answersOf(tree.nodes[id])
        .filter((answer) => answer.loops)
        .map((answer) => ({ id, key: answer.key, back: answer.next })),
    )
    expect(loopAnswers.length).toBeGreaterThan(0)
    let loopedTwice = 0
    for (const { id, key, back } of loopAnswers) {
      const entry = Object.values<NodeId>(tree.entries).find((start) => shortestMovesTo(tree, start, id))
      const to = entry === undefined ? [] : (shortestMovesTo(tree, entry, id) ?? [])
      const round = (shortestMovesTo(tree, back, id) ?? []).map((move) => move.answer)
      const answers = [...to.map((move) => move.answer), key]
      const once = replay<NodeId>(tree, entry ?? id, answers)
      expect(once.ok && roundTrips(once.walk), `${id} → ${key}`).toBe(true)
      const twice = replay<NodeId>(tree, entry ?? id, [...answers, ...round, key])
      if (twice.ok && round.length > 0) {
        loopedTwice++
        expect(roundTrips(twice.walk), `${id} → ${key} twice`).toBe(true)
      }
    }
    expect(loopedTwice).toBeGreaterThan(0)
  })

  it('keeps the code of every loop-free walk at 10 characters or fewer', () => {
    expect(stepCodec.longest).toBeLessThanOrEqual(10)
    const longestPath = pathsToOutcomes(tree, tree.entries['end-user']).reduce((longest, path) =>
      path.moves.length > longest.moves.length ? path : longest,
    )
    const moves = longestPath.moves.map((move) => move.answer)
    const walk = replay<NodeId>(tree, longestPath.start, moves)
    expect(walk.ok && stepCodec.encode(walk.walk).replaceAll('-', '').length).toBe(stepCodec.longest)
  })

  describe('a shipped code heard or typed wrong', () => {
    const longestPath = pathsToOutcomes(tree, tree.entries['end-user']).reduce((longest, path) =>
      path.moves.length > longest.moves.length ? path : longest,
    )
    const deepest = replay<NodeId>(
      tree,
      longestPath.start,
      longestPath.moves.map((move) => move.answer),
    )
    const codes = [
      stepCodec.encode(startAt(tree.entries['end-user'])),
      deepest.ok ? stepCodec.encode(deepest.walk) : 'the longest path did not replay',
      stepCodec.encode(startAt(tree.entries.admin)),
    ]

    it.each(codes)('%s: every character changed to every other symbol is refused by the check', (code) => {
      const values = symbolValues(code.replaceAll('-', '')) ?? []
      expect(values).toHaveLength(stepCodec.longest)
      const missed: string[] = []
      let tried = 0
      values.forEach((value, position) => {
        for (let symbol = 0; symbol < ALPHABET.length; symbol++) {
          if (symbol === value) continue
          tried++
          const result = stepCodec.decode(symbolsOf(values.with(position, symbol)))
          if (result.ok || result.reason !== 'check-failed') missed.push(`${position} → ${ALPHABET[symbol]}`)
        }
      })
      expect(missed).toEqual([])
      expect(tried).toBe(values.length * 31)
    })

    it('refuses a well-checked code under another version as from another version, at every version', () => {
      const values =
        symbolValues(stepCodec.encode(startAt(tree.entries['end-user'])).replaceAll('-', '')) ?? []
      const payload = values.slice(3, -1)
      const wrong: string[] = []
      for (let version = 0; version < 32 ** 3; version++) {
        const head = [version >> 10, (version >> 5) & 31, version & 31]
        const body = [...head, ...payload]
        const code = symbolsOf([...body, checkSymbol(body)])
        const result = stepCodec.decode(code)
        const expected = code.startsWith(stepCodec.version) ? 'ok' : 'other-version'
        const got = result.ok ? 'ok' : result.reason
        if (got !== expected) wrong.push(`${code}: ${got}`)
      }
      expect(wrong).toEqual([])
    })

    it('names malformed and empty input instead of guessing a step', () => {
      const code = stepCodec.encode(startAt(tree.entries['end-user']))
      for (const input of [
        code.slice(0, -2),
        `${code}U`,
        'RELAY-DENIED!',
        '#/c/7K3M-X9Q*',
        '🙂🙂🙂🙂🙂🙂🙂🙂',
      ])
        expect(stepCodec.decode(input), input).toEqual({ ok: false, reason: 'malformed' })
      expect(stepCodec.decode(' -- ')).toEqual({ ok: false, reason: 'empty' })
    })
  })
})
