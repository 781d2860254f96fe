import { describe, expectTypeOf, it } from 'vitest'
import { defineNodes, defineTree, joinNodes } from './define-tree.ts'
import type { sampleTree } from './fixtures.ts'
import { en } from './text.ts'
import type { Walk } from './walk.ts'
import { startAt } from './walk.ts'

describe('tree typing', () => {
  it('derives node ids from the record keys', () => {
    expectTypeOf<keyof typeof sampleTree.nodes>().toEqualTypeOf<'ask' | 'try' | 'done' | 'escalate'>()
  })

  it('rejects a reference to a node that does not exist', () => {
    defineNodes({
      a: {
        kind: 'question',
        title: en('?'),
        answers: [
          { key: 'x', label: en('x'), next: 'b' },
          // @ts-expect-error 'nowhere' is not a node of this branch
          { key: 'y', label: en('y'), next: 'nowhere' },
        ],
      },
      b: { kind: 'outcome', verdict: 'resolved', title: en('b'), body: [] },
    })
  })

  it('rejects an entry that names a missing node', () => {
    defineTree({
      // @ts-expect-error entries must name an existing node
      entries: { main: 'missing' },
      nodes: { b: { kind: 'outcome', verdict: 'resolved', title: en('b'), body: [] } },
    })
  })

  it('rejects an outcome with answers and an unknown node kind', () => {
    defineNodes({
      // @ts-expect-error 'fix' is not a node kind
      a: { kind: 'fix', title: en('?'), body: [] },
    })
  })

  it('rejects joining branches that share an id', () => {
    const one = defineNodes({ a: { kind: 'outcome', verdict: 'resolved', title: en('a'), body: [] } })
    const two = defineNodes({ a: { kind: 'outcome', verdict: 'resolved', title: en('a'), body: [] } })
    // @ts-expect-error duplicate id 'a'
    joinNodes(one, two)
  })

  it('keeps walks typed by the tree’s ids', () => {
    expectTypeOf(startAt<keyof typeof sampleTree.nodes>('ask')).toEqualTypeOf<
      Walk<'ask' | 'try' | 'done' | 'escalate'>
    >()
  })
})
