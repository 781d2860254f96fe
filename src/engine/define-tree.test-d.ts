import { describe, expectTypeOf, it } from 'vitest'
import type { FirstId } from './branch-fixtures/first-branch.ts'
import { firstBranch } from './branch-fixtures/first-branch.ts'
import type { FixtureId } from './branch-fixtures/ids.ts'
import { defineBranch } from './branch-fixtures/ids.ts'
import { secondBranch } from './branch-fixtures/second-branch.ts'
import type { Branch } from './define-tree.ts'
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

  // A wrong `next` in either file of branch-fixtures/ is marked with @ts-expect-error on the typo's
  // own line: if the error moved (to the join, the tree or another file) that directive would fail.
  it('types branches split over files that link into each other', () => {
    expectTypeOf(firstBranch).toEqualTypeOf<Branch<FirstId, FixtureId>>()
    const nodes = joinNodes(firstBranch, secondBranch)
    expectTypeOf<keyof typeof nodes>().toEqualTypeOf<FixtureId>()
    expectTypeOf(defineTree({ entries: { main: 'one-ask' }, nodes }).entries.main).toEqualTypeOf<FixtureId>()
  })

  it('rejects a declared id without a node', () => {
    // @ts-expect-error 'one-done' is declared in FirstId but has no node
    defineBranch<FirstId>({ 'one-ask': { kind: 'outcome', verdict: 'resolved', title: en('a'), body: [] } })
  })

  it('rejects a node whose id the branch does not declare', () => {
    defineBranch<'one-done'>({
      'one-done': { kind: 'outcome', verdict: 'resolved', title: en('a'), body: [] },
      // @ts-expect-error 'one-stray' is not one of the branch's ids
      'one-stray': { kind: 'outcome', verdict: 'resolved', title: en('b'), body: [] },
    })
  })

  it('requires the branch to name its ids', () => {
    // @ts-expect-error without the type argument no id is the branch's own
    defineBranch({ 'one-done': { kind: 'outcome', verdict: 'resolved', title: en('a'), body: [] } })
  })

  it('rejects joining branches that declare the same id', () => {
    const again = defineBranch<'one-done'>({
      'one-done': { kind: 'outcome', verdict: 'resolved', title: en('again'), body: [] },
    })
    // @ts-expect-error duplicate id 'one-done'
    joinNodes(firstBranch, again)
  })

  it('keeps walks typed by the tree’s ids', () => {
    expectTypeOf(startAt<keyof typeof sampleTree.nodes>('ask')).toEqualTypeOf<
      Walk<'ask' | 'try' | 'done' | 'escalate'>
    >()
  })
})
