import type { Answer, Facts, Tree, TreeNode } from './types.ts'
import { answerOffered, offeredAnswers } from './types.ts'

/** One answered screen: the node that was shown and the key of the answer chosen there. */
export type TrailStep<Id extends string> = { readonly node: Id; readonly answer: string }

/**
 * Where a walk started and what was answered since. Everything else (current node, facts, "finished")
 * is derived, so the URL can hold a walk completely.
 */
export type Walk<Id extends string> = {
  readonly start: Id
  readonly trail: readonly TrailStep<Id>[]
  readonly current: Id
}

export type ChooseResult<Id extends string> =
  | { readonly ok: true; readonly walk: Walk<Id> }
  | {
      readonly ok: false
      /** `answer-not-offered`: the node has this answer, but not for the facts of this walk (another app's wording). */
      readonly reason: 'outcome-has-no-answers' | 'no-such-answer' | 'answer-not-offered'
    }

export type ReplayResult<Id extends string> =
  | { readonly ok: true; readonly walk: Walk<Id> }
  | { readonly ok: false; readonly reason: 'unknown-node'; readonly node: string }
  | {
      readonly ok: false
      readonly reason: 'unknown-answer'
      /** The longest valid prefix, so the UI can offer to continue from there. */
      readonly validWalk: Walk<Id>
      readonly answer: string
      /** The node has no such answer, or has it but does not offer it after the earlier answers. */
      readonly why: 'no-such-answer' | 'answer-not-offered'
    }

export const isNodeId = <Id extends string>(tree: Tree<Id>, raw: string | undefined): raw is Id =>
  raw !== undefined && Object.hasOwn(tree.nodes, raw)

export function nodeOf<Id extends string>(tree: Tree<Id>, id: Id): TreeNode<Id> {
  return tree.nodes[id]
}

/** A fresh walk at any node (an entry point's node, or a deep link such as the decoder's landing node). */
export function startAt<Id extends string>(start: Id): Walk<Id> {
  return { start, trail: [], current: start }
}

export function findAnswer<Id extends string>(node: TreeNode<Id>, key: string): Answer<Id> | undefined {
  return node.kind === 'outcome' ? undefined : node.answers.find((answer) => answer.key === key)
}

/** The answers the current screen offers: those whose condition holds for the facts recorded so far. */
export function answersAt<Id extends string>(tree: Tree<Id>, walk: Walk<Id>): Answer<Id>[] {
  return offeredAnswers(tree.nodes[walk.current], factsOf(tree, walk))
}

export function choose<Id extends string>(
  tree: Tree<Id>,
  walk: Walk<Id>,
  answerKey: string,
): ChooseResult<Id> {
  const node = tree.nodes[walk.current]
  if (node.kind === 'outcome') return { ok: false, reason: 'outcome-has-no-answers' }
  const answer = findAnswer(node, answerKey)
  if (!answer) return { ok: false, reason: 'no-such-answer' }
  if (!answerOffered(answer, factsOf(tree, walk))) return { ok: false, reason: 'answer-not-offered' }
  return {
    ok: true,
    walk: {
      start: walk.start,
      trail: [...walk.trail, { node: walk.current, answer: answer.key }],
      current: answer.next,
    },
  }
}

/** One screen back; at the start it stays where it is. */
export function back<Id extends string>(walk: Walk<Id>): Walk<Id> {
  const last = walk.trail.at(-1)
  if (!last) return walk
  return { start: walk.start, trail: walk.trail.slice(0, -1), current: last.node }
}

/** Back to the screen at trail position `index`, forgetting that answer and everything after it. */
export function reopen<Id extends string>(walk: Walk<Id>, index: number): Walk<Id> {
  const step = walk.trail[index]
  if (!step) return walk
  return { start: walk.start, trail: walk.trail.slice(0, index), current: step.node }
}

export function restart<Id extends string>(walk: Walk<Id>): Walk<Id> {
  return startAt(walk.start)
}

/** Rebuilds a walk from a start node and answer keys (as read from a URL), checking every step. */
export function replay<Id extends string>(
  tree: Tree<Id>,
  start: string,
  answers: readonly string[],
): ReplayResult<Id> {
  if (!isNodeId(tree, start)) return { ok: false, reason: 'unknown-node', node: start }
  let walk = startAt<Id>(start)
  for (const answer of answers) {
    const next = choose(tree, walk, answer)
    if (!next.ok) {
      const why = next.reason === 'answer-not-offered' ? next.reason : 'no-such-answer'
      return { ok: false, reason: 'unknown-answer', validWalk: walk, answer, why }
    }
    walk = next.walk
  }
  return { ok: true, walk }
}

/** The answer objects along the trail, for display ("You said: …"). */
export function trailAnswers<Id extends string>(
  tree: Tree<Id>,
  walk: Walk<Id>,
): { node: Id; nodeData: TreeNode<Id>; answer: Answer<Id> }[] {
  return walk.trail.flatMap((step) => {
    const nodeData = tree.nodes[step.node]
    const answer = findAnswer(nodeData, step.answer)
    return answer ? [{ node: step.node, nodeData, answer }] : []
  })
}

/** Facts recorded by the answers so far; a later answer overrides an earlier one with the same key. */
export function factsOf<Id extends string>(tree: Tree<Id>, walk: Walk<Id>): Facts {
  return Object.assign({}, ...trailAnswers(tree, walk).map(({ answer }) => answer.facts ?? {})) as Facts
}

export const isFinished = <Id extends string>(tree: Tree<Id>, walk: Walk<Id>): boolean =>
  tree.nodes[walk.current].kind === 'outcome'

/**
 * The number of the current question, counting only the questions answered so far: instruction
 * screens in between carry no number, so the count never jumps.
 */
export const questionNumber = <Id extends string>(tree: Tree<Id>, walk: Walk<Id>): number =>
  walk.trail.filter((step) => tree.nodes[step.node].kind === 'question').length + 1
