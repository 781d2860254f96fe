import { createStepCodec } from '@/engine/step-code.ts'
import type { NodeId } from './node-ids.ts'
import { tree } from './tree.ts'

/** Step codes for the shipped tree; its tables are built on first use. */
export const stepCodec = createStepCodec<NodeId>(tree)
