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

/** A tree whose second question words its answers for the device picked first (answers with `when`). */
export const conditionalTree = defineTree({
  entries: { main: 'device' },
  nodes: {
    device: {
      kind: 'question',
      title: en('Which device?'),
      answers: [
        { key: 'phone', label: en('Phone'), next: 'port', facts: { device: 'phone' } },
        { key: 'desk', label: en('Desktop'), next: 'port', facts: { device: 'desk' } },
        { key: 'skip', label: en('Rather not say'), next: 'port' },
      ],
    },
    port: {
      kind: 'question',
      title: en('Which port?'),
      answers: [
        { key: 'ssl-on', label: en('Use SSL is on'), next: 'ok', when: { fact: 'device', in: ['phone'] } },
        { key: 'ssl-off', label: en('Use SSL is off'), next: 'fix', when: { fact: 'device', in: ['phone'] } },
        {
          key: '587',
          label: en('587 with STARTTLS'),
          next: 'ok',
          when: { fact: 'device', notIn: ['phone'] },
        },
        { key: '25', label: en('25'), next: 'fix', when: { fact: 'device', notIn: ['phone'] } },
        { key: 'unknown', label: en('Not sure'), next: 'fix' },
      ],
    },
    ok: { kind: 'outcome', verdict: 'resolved', title: en('Fine'), body: [] },
    fix: { kind: 'outcome', verdict: 'contact-provider', title: en('Change the port'), body: [] },
  },
})
