import { describe, expect, it } from 'vitest'
import { exportTree } from './export.ts'
import { sampleTree } from './fixtures.ts'
import { edgesOf, pathsToOutcomes, reachableFrom } from './graph.ts'
import { summarizeTree } from './summary.ts'

describe('summarizeTree', () => {
  it('counts nodes per kind, paths and the longest path, ignoring looping answers', () => {
    expect(summarizeTree(sampleTree)).toEqual({
      nodesPerKind: { question: 1, step: 1, outcome: 2 },
      entries: { main: 'ask' },
      paths: 3,
      longestPath: 2,
    })
  })
})

describe('graph helpers', () => {
  it('lists one edge per answer and marks loops', () => {
    expect(edgesOf(sampleTree).filter((e) => e.loops)).toEqual([
      { from: 'try', to: 'ask', answer: 'again', loops: true },
    ])
  })

  it('finds what is reachable and every path to an outcome', () => {
    expect([...reachableFrom(sampleTree, ['try'])].sort()).toEqual(['ask', 'done', 'escalate', 'try'])
    expect(pathsToOutcomes(sampleTree, 'ask').map((p) => p.moves.map((m) => m.answer).join('/'))).toEqual([
      'yes/fixed',
      'yes/no',
      'no',
    ])
  })
})

describe('exportTree', () => {
  it('exports kind, visible text with placeholders filled, and next ids', () => {
    const exported = exportTree(sampleTree, { providerName: 'Acme' })
    expect(exported.entries).toEqual({ main: 'ask' })
    expect(exported.nodes.try).toMatchObject({
      kind: 'step',
      title: 'Restart Acme',
      next: ['done', 'ask', 'escalate'],
    })
    expect(exported.nodes.try?.text).toContain('Press the button')
    expect(exported.nodes.done).toMatchObject({ kind: 'outcome', verdict: 'resolved', next: [] })
  })
})
