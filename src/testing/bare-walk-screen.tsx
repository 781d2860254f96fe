import type { Walk } from '@/engine/walk.ts'
import { answersAt } from '@/engine/walk.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'

/** A wizard screen reduced to what navigation tests read: the node as the heading, a button per answer key. */
export function BareWalkScreen({ walk, onChoose }: { walk: Walk<NodeId>; onChoose: (key: string) => void }) {
  return (
    <>
      <h1>{walk.current}</h1>
      {answersAt(tree, walk).map((answer) => (
        <button
          key={answer.key}
          type="button"
          onClick={() => {
            onChoose(answer.key)
          }}
        >
          {answer.key}
        </button>
      ))}
    </>
  )
}
