import { defineTree } from './define-tree.ts'
import { en } from './text.ts'

/** A small tree used by the engine's own tests. */
export const sampleTree = defineTree({
  entries: { main: 'ask' },
  nodes: {
    ask: {
      kind: 'question',
      title: en('Is it on?'),
      answers: [
        { key: 'yes', label: en('Yes'), next: 'try', facts: { power: 'on' } },
        { key: 'no', label: en('No'), next: 'done', facts: { power: 'off' } },
      ],
    },
    try: {
      kind: 'step',
      title: en('Restart {providerName}'),
      body: [{ kind: 'steps', items: [en('Press the button')] }],
      answers: [
        { key: 'fixed', label: en('Fixed'), next: 'done', facts: { power: 'restarted' } },
        { key: 'again', label: en('Try again'), next: 'ask', loops: true },
        { key: 'no', label: en('Still broken'), next: 'escalate' },
      ],
    },
    done: { kind: 'outcome', verdict: 'resolved', title: en('Done'), body: [] },
    escalate: { kind: 'outcome', verdict: 'contact-provider', title: en('Call us'), body: [] },
  },
})
