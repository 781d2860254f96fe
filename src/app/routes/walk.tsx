import { useParams } from 'react-router'
import { answersFromSplat, paths } from '@/config/paths.ts'
import { replay } from '@/engine/walk.ts'
import { BadLink } from '@/features/wizard/bad-link.tsx'
import { WalkScreen } from '@/features/wizard/walk-screen.tsx'
import { ENTRIES } from '@/trees/entries.ts'
import { stepCodec } from '@/trees/step-codec.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { warmUpFirstScreen } from '../warm-up-first-screen.ts'

/**
 * `#/w/<start>/<answers…>`: replays the walk the URL describes, or explains why it can't.
 * `enteredAt`: the start of a walk just entered from the home screen, shown before the URL has it.
 */
export function Component({ enteredAt }: { enteredAt?: string | undefined }) {
  const params = useParams()
  const result =
    enteredAt === undefined
      ? replay<NodeId>(tree, params.start ?? '', answersFromSplat(params['*']))
      : replay<NodeId>(tree, enteredAt, [])
  if (result.ok) return <WalkScreen walk={result.walk} entered={enteredAt !== undefined} />
  const startOver =
    result.reason === 'unknown-answer'
      ? paths.walk.href(result.validWalk.start)
      : paths.walk.href(ENTRIES['end-user'])
  return <BadLink result={result} startOver={startOver} />
}

export { Component as CodeComponent } from './code.tsx'

/**
 * Work the first screen of `start` would do on the click, done ahead by the prefetch on intent: the
 * step-code counting and a first layout of the screen (its fonts and text shaping). Its render is
 * done ahead by WalkRoute, unseen.
 */
export function warmUp(start: string): void {
  stepCodec.prepare()
  void warmUpFirstScreen(document, start)
}
