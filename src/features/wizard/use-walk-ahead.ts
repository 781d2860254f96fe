import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useNavigate } from 'react-router'
import type { Walk } from '@/engine/walk.ts'
import { choose } from '@/engine/walk.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { afterNextPaint } from '@/ui/after-next-paint.ts'
import { walkHref } from './walk-href.ts'

/** A walk shown before the URL has it: `from` is the URL's walk it was answered from. */
type Ahead = { from: string; walk: Walk<NodeId> }

/**
 * The walk to show, and how an answer moves it on. An answer shows its next screen at once and hands
 * it to the router (which puts it in the URL) just after that screen is painted: the router's
 * navigation and its render of the whole route tree would add about a third to the click, some
 * 10 ms on a slow phone, before the next question could show.
 *
 * Until the URL catches up, the screen is one answer ahead of the URL's walk (`recorded`). Any other
 * change of the URL in that moment (Back, a link) wins: the screen follows the URL, and the answer
 * is not recorded. `unrecorded`: `recorded` itself is not in the URL yet (the first question, shown
 * by the click on a home screen entry), and goes there just after its first paint, in the same way.
 */
export function useWalkAhead(recorded: Walk<NodeId>, unrecorded = false) {
  const navigate = useNavigate()
  const recordedHref = walkHref(recorded)
  const [ahead, setAhead] = useState<Ahead | null>(null)
  const showsAhead = ahead !== null && ahead.from === recordedHref
  // The URL has moved on, to the walk shown (it caught up) or elsewhere: from now on it leads.
  if (ahead !== null && !showsAhead) setAhead(null)
  const walk = showsAhead ? ahead.walk : recorded

  /** Writes the shown walk into the URL, if it still has to be. */
  const record = useRef<(() => void) | null>(null)
  const recordAfterPaint = useCallback(
    (href: string) => {
      const write = () => {
        if (record.current !== write) return
        record.current = null
        void navigate(href, { flushSync: true })
      }
      record.current = write
      afterNextPaint(write)
      return write
    },
    [navigate],
  )
  useEffect(() => {
    if (!showsAhead) record.current = null
  }, [showsAhead])
  useEffect(() => {
    const drop = () => {
      record.current = null
    }
    window.addEventListener('popstate', drop)
    return () => {
      window.removeEventListener('popstate', drop)
      drop()
    }
  }, [])
  useEffect(() => {
    if (!unrecorded) return
    const write = recordAfterPaint(recordedHref)
    // The URL moved on before the write (to this walk, or elsewhere): it no longer has to be made.
    return () => {
      if (record.current === write) record.current = null
    }
  }, [unrecorded, recordedHref, recordAfterPaint])

  const onChoose = (answerKey: string) => {
    const result = choose(tree, walk, answerKey)
    if (!result.ok) return
    // A second answer before the first is recorded: the first goes into the URL now, so that Back
    // still steps through both.
    const earlier = record.current
    earlier?.()
    const from = earlier ? walkHref(walk) : recordedHref
    recordAfterPaint(walkHref(result.walk))
    // Rendered within the click, so the next screen paints in the very next frame.
    flushSync(() => {
      setAhead({ from, walk: result.walk })
    })
  }

  return { walk, onChoose }
}
