import { blockTexts, conditionsOf } from './content.ts'
import type { FactCatalog } from './facts.ts'
import { nodesThatReachAnOutcome, reachableFrom, unintendedCycles } from './graph.ts'
import { placeholdersIn } from './placeholders.ts'
import type { Locale, Text } from './text.ts'
import { LOCALES } from './text.ts'
import type { Facts, Tree, TreeNode } from './types.ts'
import { answersOf, offeredAnswers } from './types.ts'

export type TreeProblem =
  | {
      readonly kind: 'dangling-reference'
      readonly node: string
      readonly answer: string
      readonly target: string
    }
  | { readonly kind: 'unknown-entry-node'; readonly entry: string; readonly target: string }
  | { readonly kind: 'unreachable'; readonly node: string }
  | { readonly kind: 'dead-end'; readonly node: string }
  | { readonly kind: 'no-outcome-reachable'; readonly node: string }
  | {
      readonly kind: 'too-few-answers'
      readonly node: string
      readonly count: number
      /** The facts for which so few answers are offered, when answers carry conditions. */
      readonly facts?: Facts
    }
  | { readonly kind: 'duplicate-answer-label'; readonly node: string; readonly label: string }
  | { readonly kind: 'duplicate-answer-key'; readonly node: string; readonly key: string }
  | { readonly kind: 'cycle'; readonly nodes: readonly string[] }
  | {
      readonly kind: 'missing-translation'
      readonly node: string
      readonly locale: Locale
      readonly text: string
    }
  | { readonly kind: 'empty-text'; readonly node: string }
  | { readonly kind: 'unfilled-placeholder'; readonly node: string; readonly placeholder: string }
  | { readonly kind: 'unsafe-link'; readonly node: string; readonly href: string }
  | { readonly kind: 'unknown-fact'; readonly node: string; readonly fact: string; readonly value: string }
  | { readonly kind: 'missing-agent-wording'; readonly node: string; readonly entry: string }

export type ValidateOptions = {
  /** Placeholder names the provider config can fill. */
  readonly placeholders: readonly string[]
  readonly locales?: readonly Locale[]
  /** When given, every fact an answer records or a block tests must be in it. */
  readonly facts?: FactCatalog
  /** Entries whose reachable questions must carry agent wording (what a helpdesk agent says and listens for). */
  readonly agentWordingFrom?: readonly string[]
}

export function textsOfNode(node: TreeNode): Text[] {
  const body = node.body ?? []
  return [
    node.title,
    ...body.flatMap(blockTexts),
    ...answersOf(node).flatMap((a) => (a.hint ? [a.label, a.hint] : [a.label])),
    ...(node.kind === 'outcome' && node.ask ? [node.ask] : []),
  ]
}

/** The helpdesk agent's wording of a question: checked like its other text, but not shown to the user. */
function agentTextsOf(node: TreeNode): Text[] {
  if (node.kind !== 'question' || !node.agent) return []
  const { say, listenFor, why } = node.agent
  return why ? [say, listenFor, why] : [say, listenFor]
}

/** Questions reachable from the named entries that have no agent wording (an unknown entry is reported elsewhere). */
function agentWordingProblems(tree: Tree, entries: readonly string[]): TreeProblem[] {
  const known = new Map(Object.entries<string>(tree.entries))
  return entries.flatMap((entry) => {
    const start = known.get(entry)
    if (start === undefined) return []
    return [...reachableFrom(tree, [start])]
      .filter((id) => {
        const node = tree.nodes[id]
        return node?.kind === 'question' && node.agent === undefined
      })
      .map((node) => ({ kind: 'missing-agent-wording' as const, node, entry }))
  })
}

/** A value no condition names: every such value passes and fails the same conditions. */
const OTHER_VALUE = '\u0000any other value'

/**
 * Every assignment of the facts the node's answers test that can make a difference: each fact unset,
 * set to each value a condition names, or to any other value. Together they cover every possible walk,
 * so checking them is sound without knowing which facts can reach the node.
 */
export function factCasesOf(node: TreeNode): Facts[] {
  const named = new Map<string, Set<string>>()
  for (const answer of answersOf(node))
    for (const c of conditionsOf(answer.when))
      for (const value of 'in' in c ? c.in : c.notIn)
        named.set(c.fact, (named.get(c.fact) ?? new Set()).add(value))
  let cases: Facts[] = [{}]
  for (const [fact, values] of named) {
    const options = [undefined, ...values, OTHER_VALUE]
    cases = cases.flatMap((facts) =>
      options.map((value) => (value === undefined ? facts : { ...facts, [fact]: value })),
    )
  }
  return cases
}

/** The fewest answers the node offers for any facts, and for which. */
function fewestOffered(node: TreeNode): { count: number; facts: Facts } {
  return factCasesOf(node)
    .map((facts) => ({ count: offeredAnswers(node, facts).length, facts }))
    .reduce((fewest, next) => (next.count < fewest.count ? next : fewest))
}

function answerProblems(id: string, node: TreeNode, ids: ReadonlySet<string>): TreeProblem[] {
  const answers = answersOf(node)
  const problems: TreeProblem[] = []
  const fewest = fewestOffered(node)
  const conditional = answers.some((a) => a.when !== undefined)
  if (node.kind === 'question' && fewest.count < 2)
    problems.push({
      kind: 'too-few-answers',
      node: id,
      count: fewest.count,
      ...(conditional ? { facts: fewest.facts } : {}),
    })
  if (node.kind !== 'outcome' && fewest.count === 0) problems.push({ kind: 'dead-end', node: id })
  const labels = new Set<string>()
  const keys = new Set<string>()
  for (const answer of answers) {
    if (!ids.has(answer.next))
      problems.push({ kind: 'dangling-reference', node: id, answer: answer.key, target: answer.next })
    const label = answer.label.en.trim().toLowerCase()
    if (labels.has(label)) problems.push({ kind: 'duplicate-answer-label', node: id, label: answer.label.en })
    if (keys.has(answer.key)) problems.push({ kind: 'duplicate-answer-key', node: id, key: answer.key })
    labels.add(label)
    keys.add(answer.key)
  }
  return problems
}

function textProblems(id: string, node: TreeNode, options: ValidateOptions): TreeProblem[] {
  const problems: TreeProblem[] = []
  const known = new Set(options.placeholders)
  for (const text of [...textsOfNode(node), ...agentTextsOf(node)]) {
    if (text.en.trim() === '') {
      problems.push({ kind: 'empty-text', node: id })
      continue
    }
    for (const locale of options.locales ?? LOCALES) {
      const value = (text as Partial<Record<Locale, string>>)[locale]
      if (value === undefined || value.trim() === '')
        problems.push({ kind: 'missing-translation', node: id, locale, text: text.en })
    }
    for (const name of placeholdersIn(text.en))
      if (!known.has(name)) problems.push({ kind: 'unfilled-placeholder', node: id, placeholder: name })
  }
  for (const block of node.body ?? []) {
    if (block.kind === 'link' && !/^https:\/\/[^\s]+$/.test(block.href))
      problems.push({ kind: 'unsafe-link', node: id, href: block.href })
  }
  return problems
}

function factProblems(id: string, node: TreeNode, catalog: FactCatalog): TreeProblem[] {
  const known = (fact: string, value: string) =>
    Object.hasOwn(catalog, fact) && Object.hasOwn(catalog[fact]?.values ?? {}, value)
  const tested = [...(node.body ?? []), ...answersOf(node)].flatMap((item) => conditionsOf(item.when))
  const used = [
    ...answersOf(node).flatMap((a) => Object.entries(a.facts ?? {})),
    ...tested.flatMap((c) => ('in' in c ? c.in : c.notIn).map((value) => [c.fact, value] as const)),
  ]
  return used
    .filter(([fact, value]) => !known(fact, value))
    .map(([fact, value]) => ({ kind: 'unknown-fact', node: id, fact, value }))
}

/** Every structural and content problem in the tree; an empty list means it is valid. Never stops at the first. */
export function validateTree(tree: Tree, options: ValidateOptions): TreeProblem[] {
  const ids = new Set(Object.keys(tree.nodes))
  const problems: TreeProblem[] = []
  const entryTargets = Object.entries<string>(tree.entries)
  for (const [entry, target] of entryTargets)
    if (!ids.has(target)) problems.push({ kind: 'unknown-entry-node', entry, target })

  const reachable = reachableFrom(
    tree,
    entryTargets.map(([, target]) => target),
  )
  const live = nodesThatReachAnOutcome(tree)
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (!reachable.has(id)) problems.push({ kind: 'unreachable', node: id })
    if (node.kind !== 'outcome' && answersOf(node).length > 0 && !live.has(id))
      problems.push({ kind: 'no-outcome-reachable', node: id })
    problems.push(...answerProblems(id, node, ids), ...textProblems(id, node, options))
    if (options.facts) problems.push(...factProblems(id, node, options.facts))
  }
  for (const cycle of unintendedCycles(tree)) problems.push({ kind: 'cycle', nodes: cycle })
  problems.push(...agentWordingProblems(tree, options.agentWordingFrom ?? []))
  for (const [key, entry] of Object.entries(options.facts ?? {})) {
    for (const text of [entry.label, ...Object.values(entry.values)]) {
      for (const locale of options.locales ?? LOCALES) {
        const value = (text as Partial<Record<Locale, string>>)[locale]
        if (value === undefined || value.trim() === '')
          problems.push({ kind: 'missing-translation', node: `fact ${key}`, locale, text: text.en })
      }
    }
  }
  return problems
}

export function describeProblem(problem: TreeProblem): string {
  switch (problem.kind) {
    case 'dangling-reference':
      return `${problem.node}: answer "${problem.answer}" leads to missing node "${problem.target}"`
    case 'unknown-entry-node':
      return `entry "${problem.entry}" names missing node "${problem.target}"`
    case 'unreachable':
      return `${problem.node}: not reachable from any entry`
    case 'dead-end':
      return `${problem.node}: not an outcome, but offers no way forward`
    case 'no-outcome-reachable':
      return `${problem.node}: no outcome can be reached from here`
    case 'too-few-answers': {
      const when = Object.entries(problem.facts ?? {})
        .map(([fact, value]) => `${fact}=${value.startsWith('\u0000') ? '(other)' : value}`)
        .join(', ')
      const facts = problem.facts ? ` when ${when || 'no fact is recorded'}` : ''
      return `${problem.node}: a question needs at least two answers (offers ${String(problem.count)}${facts})`
    }
    case 'duplicate-answer-label':
      return `${problem.node}: two answers read "${problem.label}"`
    case 'duplicate-answer-key':
      return `${problem.node}: two answers have the key "${problem.key}"`
    case 'cycle':
      return `cycle not marked as intended: ${problem.nodes.join(' → ')}`
    case 'missing-translation':
      return `${problem.node}: no ${problem.locale} text for "${problem.text.slice(0, 40)}"`
    case 'empty-text':
      return `${problem.node}: empty text`
    case 'unfilled-placeholder':
      return `${problem.node}: unknown placeholder {${problem.placeholder}}`
    case 'unsafe-link':
      return `${problem.node}: link must be an https:// address (${problem.href})`
    case 'unknown-fact':
      return `${problem.node}: fact ${problem.fact}=${problem.value} has no label in the fact catalog`
    case 'missing-agent-wording':
      return `${problem.node}: question reachable from entry "${problem.entry}" has no agent wording (say, listenFor)`
  }
}
