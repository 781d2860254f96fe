import { describe, expect, it } from 'vitest'
import { answersToFact } from './answers-to-fact.ts'
import { defineTree } from './define-tree.ts'
import { en } from './text.ts'

const tree = defineTree({
  entries: { main: 'start' },
  nodes: {
    start: {
      kind: 'question',
      title: en('When?'),
      answers: [
        { key: 'later', label: en('Later'), next: 'done' },
        { key: 'now', label: en('Now'), next: 'app', facts: { seen: 'now' } },
      ],
    },
    app: {
      kind: 'question',
      title: en('Which app?'),
      answers: [
        { key: 'mail', label: en('Mail'), next: 'done', facts: { app: 'mail' } },
        {
          key: 'pine',
          label: en('Pine'),
          next: 'done',
          facts: { app: 'pine' },
          when: { fact: 'seen', in: ['later'] },
        },
      ],
    },
    done: { kind: 'outcome', verdict: 'resolved', title: en('Done'), body: [] },
  },
})

describe('answersToFact', () => {
  it('finds the answers that lead to the one recording the fact', () => {
    expect(answersToFact(tree, 'start', 'app', 'mail')).toEqual(['now', 'mail'])
  })
  it('returns null for a value no offered answer records', () => {
    expect(answersToFact(tree, 'start', 'app', 'outlook')).toBeNull()
    expect(answersToFact(tree, 'start', 'app', 'pine')).toBeNull()
  })
})
