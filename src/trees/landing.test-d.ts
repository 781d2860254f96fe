import { expectTypeOf, it } from 'vitest'
import type { LandingNode } from '@/decoder/landing.ts'
import type { NodeId } from './tree.ts'

it('every node the decoder can land on is a node of the tree', () => {
  expectTypeOf<LandingNode>().toExtend<NodeId>()
})
