import { defineTree } from '@/engine/define-tree.ts'
import { endUserNodes } from './end-user.ts'
import { ENTRIES } from './entries.ts'

export const tree = defineTree({ entries: ENTRIES, nodes: endUserNodes })

export type NodeId = keyof typeof tree.nodes
