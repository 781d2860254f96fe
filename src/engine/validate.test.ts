import { describe, expect, it } from 'vitest'
import { conditionalTree, sampleTree } from './fixtures.ts'
import { en } from './text.ts'
import type { Answer, Tree } from './types.ts'
import { describeProblem, validateTree } from './validate.ts'

const options = { placeholders: ['providerName'] }

describe('validateTree', () => {
  it('finds nothing wrong with a sound tree', () => {
    expect(validateTree(sampleTree, options)).toEqual([])
  })

  it('reports every problem at once, not just the first', () => {
    const broken: Tree = {
      entries: { main: 'q', other: 'missing-entry' },
      nodes: {
        q: {
          kind: 'question',
          title: en('Pick {mystery}'),
          answers: [
            { key: 'a', label: en('Same'), next: 'loop' },
            { key: 'a', label: en('same'), next: 'ghost' },
          ],
        },
        loop: {
          kind: 'step',
          title: en('Loop'),
          body: [{ kind: 'link', text: en('Docs'), href: 'javascript:alert(1)' }],
          answers: [{ key: 'x', label: en('Again'), next: 'q' }],
        },
        lonely: {
          kind: 'question',
          title: en(''),
          answers: [{ key: 'y', label: en('Only one'), next: 'end' }],
        },
        stuck: { kind: 'step', title: en('Stuck'), body: [], answers: [] },
        end: { kind: 'outcome', verdict: 'resolved', title: en('End'), body: [] },
      },
    }
    const kinds = validateTree(broken, options).map((p) => p.kind)
    expect(new Set(kinds)).toEqual(
      new Set([
        'unknown-entry-node',
        'unreachable',
        'dead-end',
        'no-outcome-reachable',
        'too-few-answers',
        'duplicate-answer-label',
        'duplicate-answer-key',
        'dangling-reference',
        'cycle',
        'empty-text',
        'unfilled-placeholder',
        'unsafe-link',
      ]),
    )
  })

  it('allows a cycle only through an answer marked as looping', () => {
    expect(validateTree(sampleTree, options).filter((p) => p.kind === 'cycle')).toEqual([])
    const unmarked: Tree = {
      ...sampleTree,
      nodes: {
        ...sampleTree.nodes,
        try: {
          ...sampleTree.nodes.try,
          answers: sampleTree.nodes.try.answers.map((a) => ({ key: a.key, label: a.label, next: a.next })),
        },
      },
    }
    expect(validateTree(unmarked, options)).toContainEqual({ kind: 'cycle', nodes: ['ask', 'try', 'ask'] })
  })

  describe('answers offered only for some facts', () => {
    const portAnswers: readonly Answer<string>[] = conditionalTree.nodes.port.answers
    const withPortAnswers = (change: (answer: Answer<string>) => Answer<string> | null): Tree => ({
      ...conditionalTree,
      nodes: {
        ...conditionalTree.nodes,
        port: {
          ...conditionalTree.nodes.port,
          answers: portAnswers.flatMap((a) => change(a) ?? []),
        },
      },
    })
    const onlyFor = (answer: Answer<string>, value: string): Answer<string> => ({
      ...answer,
      when: { fact: 'device', in: [value] },
    })

    it('accepts a question that offers two answers whatever the facts', () => {
      expect(validateTree(conditionalTree, options)).toEqual([])
    })

    it('reports the facts for which a question offers fewer than two answers', () => {
      const broken = withPortAnswers((a) => (a.key === 'ssl-off' || a.key === 'unknown' ? null : a))
      const problems = validateTree(broken, options)
      expect(problems).toEqual([
        { kind: 'too-few-answers', node: 'port', count: 1, facts: { device: 'phone' } },
      ])
      expect(problems.map(describeProblem)).toEqual([
        'port: a question needs at least two answers (offers 1 when device=phone)',
      ])
    })

    it('reports a node that offers nothing when a fact is unset as a dead end', () => {
      const broken = withPortAnswers((a) =>
        a.key === 'ssl-on' || a.key === 'ssl-off' ? a : onlyFor(a, 'desk'),
      )
      expect(validateTree(broken, options)).toEqual([
        { kind: 'too-few-answers', node: 'port', count: 0, facts: {} },
        { kind: 'dead-end', node: 'port' },
      ])
    })

    it('checks facts named in answer conditions against the catalog', () => {
      const facts = { device: { label: en('Device'), values: { phone: en('phone'), desk: en('desk') } } }
      expect(validateTree(conditionalTree, { ...options, facts })).toEqual([])
      const broken = withPortAnswers((a) => (a.key === 'ssl-on' ? onlyFor(a, 'tablet') : a))
      expect(validateTree(broken, { ...options, facts })).toContainEqual({
        kind: 'unknown-fact',
        node: 'port',
        fact: 'device',
        value: 'tablet',
      })
    })
  })

  describe('agent wording', () => {
    const wording = { say: en('Is the device switched on?'), listenFor: en('A light or a sound means on.') }
    const withWordingOn = (ask: boolean): Tree => ({
      ...sampleTree,
      entries: { ...sampleTree.entries, side: 'try' },
      nodes: {
        ...sampleTree.nodes,
        ask: ask ? { ...sampleTree.nodes.ask, agent: wording } : sampleTree.nodes.ask,
      },
    })

    it('reports a question reachable from a checked entry that has no agent wording', () => {
      const problems = validateTree(withWordingOn(false), { ...options, agentWordingFrom: ['side'] })
      expect(problems).toEqual([{ kind: 'missing-agent-wording', node: 'ask', entry: 'side' }])
      expect(problems.map(describeProblem)).toEqual([
        'ask: question reachable from entry "side" has no agent wording (say, listenFor)',
      ])
    })

    it('accepts the tree once the question has wording, and checks only the entries it is given', () => {
      expect(validateTree(withWordingOn(true), { ...options, agentWordingFrom: ['side'] })).toEqual([])
      expect(validateTree(withWordingOn(false), options)).toEqual([])
    })

    it('checks the agent wording like any other text', () => {
      const blank = { ...withWordingOn(true) }
      const nodes = { ...blank.nodes, ask: { ...sampleTree.nodes.ask, agent: { ...wording, say: en(' ') } } }
      expect(validateTree({ ...blank, nodes }, options)).toContainEqual({ kind: 'empty-text', node: 'ask' })
    })
  })

  it('reports text missing in a required language', () => {
    const problems = validateTree(sampleTree, { ...options, locales: ['en', 'de' as 'en'] })
    expect(problems.filter((p) => p.kind === 'missing-translation').length).toBeGreaterThan(0)
  })

  it('describes each problem in one line', () => {
    const problem = { kind: 'dangling-reference', node: 'q', answer: 'a', target: 'ghost' } as const
    expect(describeProblem(problem)).toBe('q: answer "a" leads to missing node "ghost"')
  })
})
