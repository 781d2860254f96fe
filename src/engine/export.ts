import type { Block } from './content.ts'
import { plainText } from './inline.ts'
import { fillPlaceholders } from './placeholders.ts'
import type { NodeKind, Tree, Verdict } from './types.ts'
import { answersOf } from './types.ts'
import { textsOfNode } from './validate.ts'

export type ExportedNode = {
  readonly kind: NodeKind
  readonly title: string
  /** All of the node's visible English text, placeholders filled. */
  readonly text: string
  readonly next: readonly string[]
  readonly answers: readonly { key: string; label: string; next: string }[]
  readonly verdict?: Verdict
  readonly code?: readonly string[]
}

export type ExportedTree = {
  readonly entries: Readonly<Record<string, string>>
  readonly nodes: Readonly<Record<string, ExportedNode>>
}

const codeOf = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'code' ? [b.code] : []))

/** The tree as plain JSON (for `npm run tree:export`, reviews and translation tools). */
export function exportTree(tree: Tree, placeholders: Readonly<Record<string, string>>): ExportedTree {
  const fill = (s: string) => plainText(fillPlaceholders(s, placeholders))
  const nodes = Object.fromEntries(
    Object.entries(tree.nodes).map(([id, node]) => {
      const code = codeOf(node.body ?? [])
      const exported: ExportedNode = {
        kind: node.kind,
        title: fill(node.title.en),
        text: [...textsOfNode(node).map((t) => fill(t.en)), ...code].join('\n'),
        next: [...new Set(answersOf(node).map((a) => a.next))],
        answers: answersOf(node).map((a) => ({ key: a.key, label: fill(a.label.en), next: a.next })),
        ...(node.kind === 'outcome' ? { verdict: node.verdict } : {}),
        ...(code.length > 0 ? { code } : {}),
      }
      return [id, exported]
    }),
  )
  return { entries: tree.entries, nodes }
}
