import { defineTree, joinNodes } from '@/engine/define-tree.ts'
import { adminNodes } from './admin.ts'
import { endUserNodes } from './end-user.ts'
import { ENTRIES } from './entries.ts'

export const tree = defineTree({ entries: ENTRIES, nodes: joinNodes(endUserNodes, adminNodes) })

export type { NodeId } from './node-ids.ts'
