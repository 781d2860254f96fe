import type { Text } from './text.ts'

/**
 * A condition on a fact collected earlier in the walk (for example the mail app the user picked).
 * `notIn` also matches when the fact was never recorded, which makes it the generic fallback.
 */
export type FactCondition =
  | { readonly fact: string; readonly in: readonly string[] }
  | { readonly fact: string; readonly notIn: readonly string[] }

export function conditionHolds(condition: FactCondition, facts: Readonly<Record<string, string>>): boolean {
  const value = Object.hasOwn(facts, condition.fact) ? facts[condition.fact] : undefined
  if ('in' in condition) return value !== undefined && condition.in.includes(value)
  return value === undefined || !condition.notIn.includes(value)
}

/** One condition, or several that must all hold (for example the app and an earlier answer). */
export type BlockCondition = FactCondition | readonly FactCondition[]

/** The conditions of a block as a list. */
export function conditionsOf(when: BlockCondition | undefined): readonly FactCondition[] {
  if (when === undefined) return []
  return 'fact' in when ? [when] : when
}

type Conditional = { readonly when?: BlockCondition }

/**
 * Rich node content as structured data. Components render it; no HTML strings anywhere, so
 * content can never inject markup.
 */
export type Block = Conditional &
  (
    | { readonly kind: 'paragraph'; readonly text: Text }
    | { readonly kind: 'steps'; readonly items: readonly Text[] }
    | { readonly kind: 'bullets'; readonly items: readonly Text[] }
    | {
        readonly kind: 'code'
        readonly caption: Text
        readonly code: string
        readonly language: 'shell' | 'config' | 'log'
      }
    | { readonly kind: 'warning'; readonly text: Text }
    | { readonly kind: 'tip'; readonly text: Text }
    | { readonly kind: 'link'; readonly text: Text; readonly href: string }
    /** A field for a server's IP address or domain, with links that check it on public blocklist sites. */
    | { readonly kind: 'blocklist-lookup'; readonly text: Text }
  )

export type BlockKind = Block['kind']

/** The blocks that apply given the facts collected so far. */
export function visibleBlocks(blocks: readonly Block[], facts: Readonly<Record<string, string>>): Block[] {
  return blocks.filter((block) => conditionsOf(block.when).every((c) => conditionHolds(c, facts)))
}

/** Every Text inside a block, for validation and export. */
export function blockTexts(block: Block): Text[] {
  switch (block.kind) {
    case 'steps':
    case 'bullets':
      return [...block.items]
    case 'code':
      return [block.caption]
    default:
      return [block.text]
  }
}
