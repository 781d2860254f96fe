import { describe, expect, it } from 'vitest'
import { exportTree } from './export.ts'
import { conditionalTree, sampleTree } from './fixtures.ts'
import { edgesOf, pathsToOutcomes, reachableFrom, shortestMovesTo } from './graph.ts'
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

  it('counts only paths through answers offered for the facts gathered on the way', () => {
    // 3 devices, each offered 3 of the 5 port answers.
    expect(summarizeTree(conditionalTree).paths).toBe(9)
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

  it('follows only offered answers on paths', () => {
    const paths = pathsToOutcomes(conditionalTree, 'device').map((p) =>
      p.moves.map((m) => m.answer).join('/'),
    )
    expect(paths).toHaveLength(9)
    expect(paths).toContain('phone/ssl-on')
    expect(paths).toContain('desk/587')
    expect(paths).not.toContain('phone/587')
    expect(paths).not.toContain('skip/ssl-off')
  })

  it('finds the shortest walk to a node, agreeing with given facts', () => {
    const keys = (agree = {}) =>
      shortestMovesTo(conditionalTree, 'device', 'fix', agree)?.map((m) => m.answer)
    expect(keys({ device: 'phone' })).toEqual(['phone', 'ssl-off'])
    expect(keys({ device: 'desk' })).toEqual(['desk', '25'])
    expect(shortestMovesTo(conditionalTree, 'ok', 'device')).toBeUndefined()
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
