import type { Block, BlockCondition } from './content.ts'
import { conditionHolds, conditionsOf } from './content.ts'
import type { Text } from './text.ts'

/** Facts an answer records, for example `{ auth: 'off' }`; they feed later content and the provider message. */
export type Facts = Readonly<Record<string, string>>

export type Answer<Id extends string> = {
  /** Stable within its node; this is what the URL records, so renaming one breaks old links. */
  readonly key: string
  readonly label: Text
  readonly hint?: Text
  readonly next: Id
  readonly facts?: Facts
  /** This answer deliberately leads back to an earlier node ("try again"); the validator allows the cycle. */
  readonly loops?: true
  /**
   * Offered only when this holds for the facts recorded earlier in the walk, so a question can ask each
   * app in its own terms. The engine refuses an answer that is not offered.
   */
  readonly when?: BlockCondition
}

/**
 * How a helpdesk agent asks a question on a call: `say` is plain spoken wording for the caller,
 * `listenFor` is what in the caller's reply picks the answer, `why` is the technical note for the agent.
 */
export type AgentWording = {
  readonly say: Text
  readonly listenFor: Text
  readonly why?: Text
}

export type QuestionNode<Id extends string> = {
  readonly kind: 'question'
  readonly title: Text
  readonly body?: readonly Block[]
  readonly answers: readonly Answer<Id>[]
  /** Optional in the type; the validator requires it on questions reachable from the entries it is told to check. */
  readonly agent?: AgentWording
}

/** Instructions the user carries out, then reports back ("That fixed it" / "Still failing"). */
export type StepNode<Id extends string> = {
  readonly kind: 'step'
  readonly title: Text
  readonly body: readonly Block[]
  readonly answers: readonly Answer<Id>[]
}

/**
 * How a walk ends: fixed, or handed over to someone who must act (the user's email provider, their IT
 * team, the recipient, a hosting/control-panel vendor, or the administrator of another mail server).
 */
export const VERDICTS = [
  'resolved',
  'contact-provider',
  'contact-admin',
  'contact-recipient',
  'contact-vendor',
  'contact-remote-admin',
] as const
export type Verdict = (typeof VERDICTS)[number]

export type OutcomeNode = {
  readonly kind: 'outcome'
  readonly verdict: Verdict
  readonly title: Text
  readonly body: readonly Block[]
  /** For contact-* outcomes: what to ask for, as the closing request of the message. */
  readonly ask?: Text
}

export type TreeNode<Id extends string = string> = QuestionNode<Id> | StepNode<Id> | OutcomeNode
export type NodeKind = TreeNode['kind']

export type Tree<Id extends string = string, Entry extends string = string> = {
  readonly entries: Readonly<Record<Entry, Id>>
  readonly nodes: Readonly<Record<Id, TreeNode<Id>>>
}

/** The nodes that offer answers (everything but outcomes). */
export type NodeWithAnswers<Id extends string> = QuestionNode<Id> | StepNode<Id>

export function answersOf<Id extends string>(node: TreeNode<Id>): readonly Answer<Id>[] {
  return node.kind === 'outcome' ? [] : node.answers
}

/** Whether an answer is offered, given the facts the walk has recorded so far. */
export function answerOffered<Id extends string>(answer: Answer<Id>, facts: Facts): boolean {
  return conditionsOf(answer.when).every((c) => conditionHolds(c, facts))
}

/** The answers a node offers given the facts recorded so far. */
export function offeredAnswers<Id extends string>(node: TreeNode<Id>, facts: Facts): Answer<Id>[] {
  return answersOf(node).filter((answer) => answerOffered(answer, facts))
}
