import { conditionsOf } from './content.ts'
import type { Answer, Facts, Tree } from './types.ts'
import { answersOf, offeredAnswers } from './types.ts'

/**
 * The facts of a walk as far as they decide which answers are offered anywhere in the tree: one
 * shared object per distinct combination, so counts and offered answers can be memoised by it.
 */
export type KnownFacts = { readonly id: number; readonly facts: Facts }

/**
 * Counts walks so that each one can be given a number (its rank) and found again from it. A walk is
 * counted from where it stands: it may stop at the node it is on, or take one of the answers the node
 * offers for the facts gathered so far. `loops` is the exact number of `loops` answers still to take,
 * so walks that go round a loop are counted too, in classes by how often they do. Without loops the
 * answers form a graph without cycles (the validator checks that), so every count is finite.
 */
export type WalkEnumeration<Id extends string> = {
  /** The facts of a walk that has not answered anything yet. */
  readonly none: KnownFacts
  offered(node: Id, known: KnownFacts): readonly Answer<Id>[]
  after(known: KnownFacts, answer: Answer<Id>): KnownFacts
  /** Walks from `node` with exactly `loops` loop answers still to come. */
  count(node: Id, known: KnownFacts, loops: number): bigint
}

export const loopsAfter = (loops: number, answer: Answer<string>): number =>
  answer.loops ? loops - 1 : loops

function memoised<Key, Value>(memo: Map<Key, Value>, key: Key, make: () => Value): Value {
  const known = memo.get(key)
  if (known !== undefined) return known
  const value = make()
  memo.set(key, value)
  return value
}

export function enumerateWalks<Id extends string>(tree: Tree<Id>): WalkEnumeration<Id> {
  const tested = [
    ...new Set(
      Object.values<Tree<Id>['nodes'][Id]>(tree.nodes).flatMap((node) =>
        answersOf(node).flatMap((answer) => conditionsOf(answer.when).map((c) => c.fact)),
      ),
    ),
  ].sort()
  const interned = new Map<string, KnownFacts>()
  const intern = (facts: Facts): KnownFacts => {
    const kept = Object.fromEntries(
      tested.flatMap((fact) => (facts[fact] === undefined ? [] : [[fact, facts[fact]]])),
    )
    return memoised(interned, JSON.stringify(kept), () => ({ id: interned.size, facts: kept }))
  }
  const afterMemo = new Map<KnownFacts, Map<Answer<Id>, KnownFacts>>()
  const after = (known: KnownFacts, answer: Answer<Id>): KnownFacts =>
    answer.facts
      ? memoised(
          memoised(afterMemo, known, () => new Map<Answer<Id>, KnownFacts>()),
          answer,
          () => intern({ ...known.facts, ...answer.facts }),
        )
      : known
  const offeredMemo = new Map<string, readonly Answer<Id>[]>()
  const offered = (node: Id, known: KnownFacts): readonly Answer<Id>[] =>
    memoised(offeredMemo, `${node} ${known.id}`, () => offeredAnswers(tree.nodes[node], known.facts))
  const countMemo = new Map<string, bigint>()
  const count = (node: Id, known: KnownFacts, loops: number): bigint => {
    if (loops < 0) return 0n
    return memoised(countMemo, `${node} ${known.id} ${loops}`, () => {
      let total = loops === 0 ? 1n : 0n
      for (const answer of offered(node, known))
        total += count(answer.next, after(known, answer), loopsAfter(loops, answer))
      return total
    })
  }
  return { none: intern({}), offered, after, count }
}
