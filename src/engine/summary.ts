import { conditionsOf } from './content.ts'
import { nodesThatReachAnOutcome } from './graph.ts'
import type { Facts, NodeKind, Tree } from './types.ts'
import { answersOf, offeredAnswers } from './types.ts'

export type TreeSummary = {
  readonly nodesPerKind: Readonly<Record<NodeKind, number>>
  readonly entries: Readonly<Record<string, string>>
  /** Distinct paths from every entry to an outcome, not following `loops` answers. */
  readonly paths: number
  /** Answers on the longest such path. */
  readonly longestPath: number
}

/** The facts that decide which answers a node offers, anywhere in the tree. */
function factsAnswersTest<Id extends string>(tree: Tree<Id>): string[] {
  const all = Object.values<Tree<Id>['nodes'][Id]>(tree.nodes).flatMap((node) =>
    answersOf(node).flatMap((answer) => conditionsOf(answer.when).map((c) => c.fact)),
  )
  return [...new Set(all)].sort()
}

/**
 * Counts paths with memoised depth-first search over the graph without `loops` edges, following only
 * the answers offered for the facts gathered on the way, so large trees are summarised without listing
 * every path. The memo is keyed by node and the values of the facts answers test, since those decide
 * what is offered below. Assumes the validator found no unintended cycles.
 */
export function summarizeTree<Id extends string>(tree: Tree<Id>): TreeSummary {
  const nodesPerKind: Record<NodeKind, number> = { question: 0, step: 0, outcome: 0 }
  for (const node of Object.values<Tree<Id>['nodes'][Id]>(tree.nodes)) nodesPerKind[node.kind] += 1
  const live = nodesThatReachAnOutcome(tree)
  const tested = factsAnswersTest(tree)
  const memo = new Map<string, { paths: number; longest: number }>()
  const measure = (id: Id, guard: Set<Id>, facts: Facts): { paths: number; longest: number } => {
    const key = JSON.stringify([id, ...tested.map((fact) => facts[fact] ?? null)])
    const known = memo.get(key)
    if (known) return known
    const node = tree.nodes[id]
    if (node.kind === 'outcome') return { paths: 1, longest: 0 }
    let paths = 0
    let longest = 0
    for (const answer of offeredAnswers(node, facts)) {
      if (answer.loops || guard.has(answer.next) || !live.has(answer.next)) continue
      const next = answer.facts ? { ...facts, ...answer.facts } : facts
      const sub = measure(answer.next, new Set(guard).add(answer.next), next)
      paths += sub.paths
      longest = Math.max(longest, sub.longest + 1)
    }
    const result = { paths, longest }
    memo.set(key, result)
    return result
  }
  const starts = Object.values<Id>(tree.entries)
  const perEntry = starts.map((start) => measure(start, new Set([start]), {}))
  return {
    nodesPerKind,
    entries: tree.entries,
    paths: perEntry.reduce((sum, m) => sum + m.paths, 0),
    longestPath: Math.max(0, ...perEntry.map((m) => m.longest)),
  }
}
