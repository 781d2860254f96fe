import { branchDefiner } from '../define-tree.ts'
import type { FirstId } from './first-branch.ts'
import type { SecondId } from './second-branch.ts'

/** A two-file tree for the type tests, built like src/trees: each file declares its ids, this joins them. */
export type FixtureId = FirstId | SecondId

export const defineBranch = branchDefiner<FixtureId>()
