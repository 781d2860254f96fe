import { en } from '../text.ts'
import { defineBranch } from './ids.ts'

export type SecondId = 'two-step' | 'two-escalate'

export const secondBranch = defineBranch<SecondId>({
  'two-step': {
    kind: 'step',
    title: en('Try this'),
    body: [],
    answers: [
      { key: 'fixed', label: en('Fixed'), next: 'one-done' },
      {
        key: 'still-failing',
        label: en('Still failing'),
        // @ts-expect-error a wrong `next` in a second branch file is reported at the typo too
        next: 'one-don',
      },
    ],
  },
  'two-escalate': { kind: 'outcome', verdict: 'contact-provider', title: en('Ask'), body: [] },
})
