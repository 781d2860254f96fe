import { conditionsOf } from '@/engine/content.ts'
import { placeholdersIn } from '@/engine/placeholders.ts'
import { LOCALES, textIn } from '@/engine/text.ts'
import type { Facts, Tree, TreeNode } from '@/engine/types.ts'
import { answerOffered, answersOf } from '@/engine/types.ts'
import { textsOfNode } from '@/engine/validate.ts'
import type { Walk } from '@/engine/walk.ts'
import { startAt } from '@/engine/walk.ts'
import type { StepMap, StepMapNode } from './step-map.ts'
import { variantKey } from './step-map.ts'

/**
 * What a node's screen depends on besides the walk's facts:
 * - `provider-values`: its text has `{placeholders}` that provider.json fills in;
 * - `provider-facts`: a block or answer is shown by what provider.json says.
 * Such a screen is prerendered with the neutral values, and shown only while provider.json sets none.
 */
export type ProviderDependence = 'provider-values' | 'provider-facts'

/** The walk facts a node's screen depends on: those its blocks and answers are conditional on, sorted. */
export const screenFacts = (node: TreeNode): string[] =>
  [
    ...new Set(
      [...(node.body ?? []), ...answersOf(node)]
        .flatMap((item) => conditionsOf(item.when))
        .map((c) => c.fact),
    ),
  ].sort()

export function providerDependence(
  node: TreeNode,
  providerFacts: ReadonlySet<string>,
): ProviderDependence | null {
  const texts = textsOfNode(node).flatMap((text) => LOCALES.map((locale) => textIn(text, locale)))
  if (texts.some((text) => placeholdersIn(text).length > 0)) return 'provider-values'
  if (screenFacts(node).some((fact) => providerFacts.has(fact))) return 'provider-facts'
  return null
}

/** A screen with a field the user types into is not prerendered: what is typed before the app runs would be lost. */
export const hasField = (node: TreeNode): boolean =>
  (node.body ?? []).some((block) => block.kind === 'blocklist-lookup')

/** One prerendered screen: a node as it shows for one combination of the facts it depends on. */
export type StepVariant<Id extends string> = {
  readonly node: Id
  readonly key: string
  /** The shortest walk that shows it; any walk with the same key shows the same screen. */
  readonly walk: Walk<Id>
  readonly facts: Facts
}

/**
 * Every screen variant a walk link can reach, from any start node (a link may start anywhere), with
 * the shortest walk to each. Found breadth-first over (node, facts) states, so loops end.
 */
export function stepVariants<Id extends string>(tree: Tree<Id>): StepVariant<Id>[] {
  const ids = Object.keys(tree.nodes) as Id[]
  // Only the facts some screen depends on tell states apart; the others change nothing shown.
  const tested = [...new Set(ids.flatMap((id) => screenFacts(tree.nodes[id])))]
  const found = new Map<string, StepVariant<Id>>()
  const seen = new Set<string>()
  type State = { readonly walk: Walk<Id>; readonly facts: Facts }
  let frontier: State[] = ids.map((id) => ({ walk: startAt(id), facts: {} }))
  while (frontier.length > 0) {
    const next: State[] = []
    for (const { walk, facts } of frontier) {
      const state = `${walk.current} ${variantKey(tested, facts)}`
      if (seen.has(state)) continue
      seen.add(state)
      const node = tree.nodes[walk.current]
      if (!hasField(node)) {
        const key = variantKey(screenFacts(node), facts)
        const id = `${walk.current} ${key}`
        if (!found.has(id)) found.set(id, { node: walk.current, key, walk, facts })
      }
      for (const answer of answersOf(node)) {
        if (!answerOffered(answer, facts)) continue
        next.push({
          walk: {
            start: walk.start,
            trail: [...walk.trail, { node: walk.current, answer: answer.key }],
            current: answer.next,
          },
          facts: { ...facts, ...answer.facts },
        })
      }
    }
    frontier = next
  }
  return [...found.values()]
}

/** The map boot.js follows, with each variant's screen file named by `fileOf`. */
export function stepMap<Id extends string>(
  tree: Tree<Id>,
  variants: readonly StepVariant<Id>[],
  fileOf: (variant: StepVariant<Id>) => string,
  provider: { readonly facts: ReadonlySet<string>; readonly neutral: StepMap['neutralProvider'] },
): StepMap {
  const nodes: Record<string, StepMapNode> = {}
  for (const id of Object.keys(tree.nodes) as Id[]) {
    const node = tree.nodes[id]
    const answers = Object.fromEntries(
      answersOf(node).map((answer) => {
        const when = conditionsOf(answer.when)
        return [
          answer.key,
          {
            next: answer.next,
            ...(answer.facts && { facts: answer.facts }),
            ...(when.length > 0 && { when }),
          },
        ]
      }),
    )
    const mine = variants.filter((variant) => variant.node === id)
    const dependsOn = screenFacts(node)
    nodes[id] = {
      ...(node.kind === 'question' && { question: true }),
      ...(Object.keys(answers).length > 0 && { answers }),
      ...(dependsOn.length > 0 && { dependsOn }),
      ...(providerDependence(node, provider.facts) !== null && { neutralOnly: true }),
      ...(mine.length > 0 && {
        screens: Object.fromEntries(mine.map((variant) => [variant.key, fileOf(variant)])),
      }),
    }
  }
  return { neutralProvider: provider.neutral, nodes }
}
