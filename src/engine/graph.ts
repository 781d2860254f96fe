import type { Answer, Facts, Tree } from './types.ts'
import { answersOf, offeredAnswers } from './types.ts'

/*
 * Edges, reachability and cycles follow every answer, offered or not: an over-approximation that keeps
 * those checks sound. Paths (below) follow only the answers offered for the facts gathered on the way.
 */

export type Edge<Id extends string> = {
  readonly from: Id
  readonly to: Id
  readonly answer: string
  readonly loops: boolean
}

export function edgesOf<Id extends string>(tree: Tree<Id>): Edge<Id>[] {
  return (Object.keys(tree.nodes) as Id[]).flatMap((from) =>
    answersOf(tree.nodes[from]).map((a) => ({ from, to: a.next, answer: a.key, loops: a.loops === true })),
  )
}

/** Nodes reachable from `starts`, following every answer. */
export function reachableFrom<Id extends string>(tree: Tree<Id>, starts: readonly Id[]): Set<Id> {
  const seen = new Set<Id>()
  const queue = [...starts]
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id) || !Object.hasOwn(tree.nodes, id)) continue
    seen.add(id)
    for (const answer of answersOf(tree.nodes[id])) queue.push(answer.next)
  }
  return seen
}

/** Nodes from which some outcome can be reached (backward fixpoint). */
export function nodesThatReachAnOutcome<Id extends string>(tree: Tree<Id>): Set<Id> {
  const ids = Object.keys(tree.nodes) as Id[]
  const live = new Set(ids.filter((id) => tree.nodes[id].kind === 'outcome'))
  let grew = true
  while (grew) {
    grew = false
    for (const id of ids) {
      if (!live.has(id) && answersOf(tree.nodes[id]).some((a) => live.has(a.next))) {
        live.add(id)
        grew = true
      }
    }
  }
  return live
}

/** Cycles made of edges not marked `loops`, each as the list of nodes around it. */
export function unintendedCycles<Id extends string>(tree: Tree<Id>): Id[][] {
  const state = new Map<Id, 'open' | 'done'>()
  const cycles: Id[][] = []
  const stack: Id[] = []
  const visit = (id: Id): void => {
    state.set(id, 'open')
    stack.push(id)
    for (const answer of answersOf(tree.nodes[id])) {
      if (answer.loops || !Object.hasOwn(tree.nodes, answer.next)) continue
      const seen = state.get(answer.next)
      if (seen === 'open') cycles.push([...stack.slice(stack.indexOf(answer.next)), answer.next])
      else if (seen === undefined) visit(answer.next)
    }
    stack.pop()
    state.set(id, 'done')
  }
  for (const id of Object.keys(tree.nodes) as Id[]) if (!state.has(id)) visit(id)
  return cycles
}

export type Move<Id extends string> = { readonly node: Id; readonly answer: string }
export type PathToOutcome<Id extends string> = {
  readonly start: Id
  readonly moves: readonly Move<Id>[]
  readonly outcome: Id
}

const withFacts = (facts: Facts, answer: Answer<string>): Facts =>
  answer.facts ? { ...facts, ...answer.facts } : facts

/**
 * Every path from `start` to an outcome that does not follow a `loops` edge or revisit a node, taking
 * at each node only the answers it offers for the facts recorded so far on that path.
 * Stops after `limit` paths so a runaway tree cannot hang a test.
 */
export function pathsToOutcomes<Id extends string>(
  tree: Tree<Id>,
  start: Id,
  limit = 100_000,
): PathToOutcome<Id>[] {
  const paths: PathToOutcome<Id>[] = []
  const walk = (id: Id, moves: Move<Id>[], onPath: Set<Id>, facts: Facts): void => {
    if (paths.length >= limit) return
    const node = tree.nodes[id]
    if (node.kind === 'outcome') {
      paths.push({ start, moves, outcome: id })
      return
    }
    for (const answer of offeredAnswers(node, facts)) {
      if (answer.loops || onPath.has(answer.next) || !Object.hasOwn(tree.nodes, answer.next)) continue
      const next = [...moves, { node: id, answer: answer.key }]
      walk(answer.next, next, new Set(onPath).add(answer.next), withFacts(facts, answer))
    }
  }
  walk(start, [], new Set([start]), {})
  return paths
}

/** Whether an answer records nothing that contradicts `agree` (for example a different app). */
const agrees = (answer: Answer<string>, agree: Facts): boolean =>
  Object.entries(answer.facts ?? {}).every(
    ([fact, value]) => !Object.hasOwn(agree, fact) || agree[fact] === value,
  )

/**
 * The shortest walk from `start` to `target` (breadth first, offered answers only, no `loops` edges),
 * taking only answers that agree with `agree`, e.g. `{ app: 'ios-mail' }` to see a screen as that app's
 * user does. The moves' answer keys make a deep link; undefined when no such walk exists.
 */
export function shortestMovesTo<Id extends string>(
  tree: Tree<Id>,
  start: Id,
  target: Id,
  agree: Facts = {},
): Move<Id>[] | undefined {
  type State = { readonly id: Id; readonly moves: Move<Id>[]; readonly facts: Facts }
  const seen = new Set<Id>([start])
  const queue: State[] = [{ id: start, moves: [], facts: {} }]
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    if (state.id === target) return state.moves
    for (const answer of offeredAnswers(tree.nodes[state.id], state.facts)) {
      if (answer.loops || seen.has(answer.next) || !Object.hasOwn(tree.nodes, answer.next)) continue
      if (!agrees(answer, agree)) continue
      seen.add(answer.next)
      const moves = [...state.moves, { node: state.id, answer: answer.key }]
      queue.push({ id: answer.next, moves, facts: withFacts(state.facts, answer) })
    }
  }
  return undefined
}
