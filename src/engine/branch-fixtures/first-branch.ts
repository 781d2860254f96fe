import { en } from '../text.ts'
import { defineBranch } from './ids.ts'

export type FirstId = 'one-ask' | 'one-done'

export const firstBranch = defineBranch<FirstId>({
  'one-ask': {
    kind: 'question',
    title: en('Which branch?'),
    answers: [
      { key: 'stay', label: en('This one'), next: 'one-done' },
      { key: 'cross', label: en('The other one'), next: 'two-step' },
      // @ts-expect-error the typo is reported on this line, in this file
      { key: 'typo', label: en('Typo'), next: 'two-stpe' },
    ],
  },
  'one-done': { kind: 'outcome', verdict: 'resolved', title: en('Done'), body: [] },
})
