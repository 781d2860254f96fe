import { useNavigate } from 'react-router'
import { paths } from '@/config/paths.ts'
import type { Walk } from '@/engine/walk.ts'
import { choose } from '@/engine/walk.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'

export const walkHref = (walk: Walk<string>) =>
  paths.walk.href(
    walk.start,
    walk.trail.map((step) => step.answer),
  )

/** The UI hands the engine an answer key; the engine decides where that leads, and the URL records it. */
export function useChoose(walk: Walk<NodeId>): (answerKey: string) => void {
  const navigate = useNavigate()
  return (answerKey) => {
    const result = choose(tree, walk, answerKey)
    // Rendered within the click (flushSync), so the next screen paints in the very next frame.
    if (result.ok) void navigate(walkHref(result.walk), { flushSync: true })
  }
}
