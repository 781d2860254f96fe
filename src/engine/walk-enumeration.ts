import { conditionsOf } from './content.ts'
import type { Answer, Facts, Tree } from './types.ts'
import { answersOf, offeredAnswers } from './types.ts'

/**
 * Counts walks so that each one can be given a number (its rank) and found again from it. A walk is
 * counted from where it stands: it may stop at the node it is on, or take one of the answers the node
 * offers for the facts gathered so far. `loops` is the exact number of `loops` answers still to take,
 * so walks that go round a loop are counted too, in classes by how often they do. Without loops the
 * answers form a graph without cycles (the validator checks that), so every count is finite.
 * Counts are memoised by node, the facts that decide what is offered anywhere, and `loops`.
 */
export type WalkEnumeration<Id extends string> = {
  /** Walks from `node` with exactly `loops` loop answers still to come. */
  count(node: Id, facts: Facts, loops: number): bigint
}

export const factsAfter = (facts: Facts, answer: Answer<string>): Facts =>
  answer.facts ? { ...facts, ...answer.facts } : facts

export const loopsAfter = (loops: number, answer: Answer<string>): number =>
  answer.loops ? loops - 1 : loops

export function enumerateWalks<Id extends string>(tree: Tree<Id>): WalkEnumeration<Id> {
  const tested = [
    ...new Set(
      Object.values<Tree<Id>['nodes'][Id]>(tree.nodes).flatMap((node) =>
        answersOf(node).flatMap((answer) => conditionsOf(answer.when).map((c) => c.fact)),
      ),
    ),
  ].sort()
  const memo = new Map<string, bigint>()
  const count = (node: Id, facts: Facts, loops: number): bigint => {
    if (loops < 0) return 0n
    const key = JSON.stringify([node, loops, ...tested.map((fact) => facts[fact] ?? null)])
    const known = memo.get(key)
    if (known !== undefined) return known
    let total = loops === 0 ? 1n : 0n
    for (const answer of offeredAnswers(tree.nodes[node], facts)) {
      total += count(answer.next, factsAfter(facts, answer), loopsAfter(loops, answer))
    }
    memo.set(key, total)
    return total
  }
  return { count }
}
