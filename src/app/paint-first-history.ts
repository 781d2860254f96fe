import type { UNSAFE_createHashHistory } from 'react-router'
import { afterNextPaint } from '@/ui/after-next-paint.ts'

type History = ReturnType<typeof UNSAFE_createHashHistory>

/**
 * `history`, writing each new entry just after the browser has painted the screen it leads to. The
 * router renders a navigation's screen at once and tells its history afterwards; a new history entry
 * (`history.pushState`) costs a slow phone about 8 ms, which the new screen need not wait for.
 *
 * Until it is written, an entry is pending: replacing an entry, going back or forward, or another
 * new entry writes it first, so the browser's history keeps every screen in order. A Back or Forward
 * from the browser in that moment wins, and the pending entry is dropped.
 */
export function paintFirst(
  history: History,
  afterPaint: (work: () => void) => void = afterNextPaint,
): History {
  let pending: (() => void) | null = null
  const writePending = () => {
    const write = pending
    pending = null
    write?.()
  }
  return {
    get action() {
      return history.action
    },
    get location() {
      return history.location
    },
    createHref: (to) => history.createHref(to),
    createURL: (to) => history.createURL(to),
    encodeLocation: (to) => history.encodeLocation(to),
    push(to, state) {
      writePending()
      const write = () => {
        history.push(to, state)
      }
      pending = write
      afterPaint(() => {
        if (pending === write) writePending()
      })
    },
    replace(to, state) {
      writePending()
      history.replace(to, state)
    },
    go(delta) {
      writePending()
      history.go(delta)
    },
    listen(listener) {
      return history.listen((update) => {
        pending = null
        listener(update)
      })
    },
  }
}
