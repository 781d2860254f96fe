import { matchPath } from 'react-router'
import { answersFromSplat, paths } from '@/config/paths.ts'
import { replay } from '@/engine/walk.ts'
import type { FrameEvent } from '@/lib/embed-protocol.ts'
import { ENTRIES } from '@/trees/entries.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'

const entryNames = new Map<string, string>(Object.entries(ENTRIES).map(([name, start]) => [start, name]))

/**
 * What the host hears about the screen at `pathname`: a wizard step (and an outcome when the walk
 * ended), or a broken link. Only ids and counts from the URL, which never holds what the user typed.
 */
export function screenEvents(pathname: string): FrameEvent[] {
  const match = matchPath(paths.walk.pattern, pathname)
  if (!match) return []
  const result = replay<NodeId>(tree, match.params.start ?? '', answersFromSplat(match.params['*']))
  if (!result.ok) return [{ type: 'error', code: 'bad-link' }]
  const { walk } = result
  const node = tree.nodes[walk.current]
  const step: FrameEvent = {
    type: 'step',
    node: walk.current,
    kind: node.kind,
    // A deep link (from the decoder, or a help-center article) starts at its own node.
    entry: entryNames.get(walk.start) ?? walk.start,
    depth: walk.trail.length,
  }
  return node.kind === 'outcome'
    ? [step, { type: 'outcome', kind: node.verdict, node: walk.current }]
    : [step]
}
