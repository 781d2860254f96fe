import type { adminNodes } from './admin.ts'
import type { endUserNodes } from './end-user.ts'

type BranchNodeId = keyof typeof endUserNodes | keyof typeof adminNodes

/**
 * The named entry points and the node each starts at. Kept apart from the node data so the home
 * screen can list entries without loading the whole tree.
 */
export const ENTRIES = { 'end-user': 'eu-start', admin: 'ad-start' } as const satisfies Record<
  string,
  BranchNodeId
>

export type EntryId = keyof typeof ENTRIES
