import type { NodeId } from './node-ids.ts'

/**
 * The named entry points and the node each starts at. Kept apart from the node data so the home
 * screen can list entries without loading the whole tree.
 */
export const ENTRIES = { 'end-user': 'eu-start', admin: 'ad-start' } as const satisfies Record<string, NodeId>

export type EntryId = keyof typeof ENTRIES

/** Entries a helpdesk agent guides callers through: each question reachable from them needs agent wording. */
export const AGENT_WORDING_ENTRIES = ['end-user'] as const satisfies readonly EntryId[]
