import type { EntryId } from '@/trees/entries.ts'
import { ENTRIES } from '@/trees/entries.ts'

/** The entries in the order the agent's start screen numbers them. */
export const ENTRY_IDS = Object.keys(ENTRIES) as EntryId[]
