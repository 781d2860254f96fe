import type { Tree } from './types.ts'
import { answersOf } from './types.ts'

/**
 * A 32-bit FNV-1a hash of everything that decides which walks exist and in what order: node ids and
 * kinds, and per answer its key, next node, facts, condition and `loops`, in tree order. Wording is
 * left out, so fixing a typo keeps old step codes valid.
 */
export function treeFingerprint<Id extends string>(tree: Tree<Id>, salt: string): number {
  const shape = (Object.keys(tree.nodes) as Id[]).map((id) => {
    const node = tree.nodes[id]
    const answers = answersOf(node).map((a) => [
      a.key,
      a.next,
      a.facts ?? null,
      a.when ?? null,
      a.loops ?? false,
    ])
    return [id, node.kind, answers]
  })
  let hash = 0x811c9dc5
  for (const char of JSON.stringify([salt, shape])) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}
