import { defineTree } from '@/engine/define-tree.ts'
import { endUserNodes } from './end-user.ts'

export const tree = defineTree({
  entries: { 'end-user': 'eu-start' },
  nodes: endUserNodes,
})

export type NodeId = keyof typeof tree.nodes
export type EntryId = keyof typeof tree.entries
export const ENTRY_IDS = Object.keys(tree.entries) as EntryId[]
