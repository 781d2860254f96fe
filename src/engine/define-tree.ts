import type { Tree, TreeNode } from './types.ts'

type Ids<N> = Extract<keyof N, string>

/**
 * Declares one branch of nodes. The record key is the node id, and every `next` must name a key of
 * the same record: a typo is a compile error at the typo.
 */
export function defineNodes<const N extends Record<string, TreeNode<Ids<N>>>>(nodes: N): N {
  return nodes
}

type Overlap<A, B> = Extract<keyof A, keyof B>

/** Joins two branches that may link into each other; duplicate ids are a compile error. */
export function joinNodes<A extends object, B extends object>(
  a: A,
  b: B & (Overlap<A, B> extends never ? unknown : { duplicateIds: Overlap<A, B> }),
): A & B {
  return { ...a, ...b }
}

/** The whole tree: named entry points that must each name an existing node. */
export function defineTree<const N extends Record<string, TreeNode<Ids<N>>>, const E extends string>(tree: {
  entries: Record<E, NoInfer<Ids<N>>>
  nodes: N
}): Tree<Ids<N>, E> & { nodes: N } {
  return tree
}
