import type { Tree, TreeNode } from './types.ts'

type Ids<N> = Extract<keyof N, string>

/**
 * Declares a self-contained set of nodes. The record key is the node id, and every `next` must name a
 * key of the same record: a typo is a compile error at the typo.
 */
export function defineNodes<const N extends Record<string, TreeNode<Ids<N>>>>(nodes: N): N {
  return nodes
}

/** One branch of a tree: exactly the ids it declares (`Own`), each leading to any node of the tree (`All`). */
export type Branch<Own extends string, All extends string> = { readonly [Id in Own]: TreeNode<All> }

/**
 * For a tree split over branch files that link into each other. TypeScript cannot infer ids across
 * such files, so each file declares its own id union and the tree joins them into `All`; then
 * `defineBranch<OwnIds>(nodes)` checks, in the branch file itself, that
 * - every key is one of its own ids and every own id has a node (both reported at the branch), and
 * - every `next` names a node of the whole tree (reported at the wrong `next` string).
 */
export function branchDefiner<All extends string>() {
  // `Own` must be given: NoInfer keeps it from being guessed from the keys, which would skip the check.
  return <Own extends All = never>(nodes: NoInfer<OwnBranch<Own, All>>): OwnBranch<Own, All> => nodes
}

/** Without its ids (`Own` left as never) a branch would be `{}`, which accepts anything. */
type OwnBranch<Own extends string, All extends string> = [Own] extends [never]
  ? { readonly 'name the branch ids: defineBranch<OwnIds>(…)': never }
  : Branch<Own, All>

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
