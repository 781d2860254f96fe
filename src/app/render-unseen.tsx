import { Activity, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { Router } from 'react-router'
import { whenIdle } from '@/ui/when-idle.ts'

/** Links in the unseen copy go nowhere: it is never shown and never operated. */
const goNowhere = {
  createHref: () => '#',
  go: () => undefined,
  push: () => undefined,
  replace: () => undefined,
}

/**
 * Renders `screen` once where no one sees it (a detached element, inside a hidden Activity, so none
 * of its effects run), then throws it away. On a slow phone, the first render of a screen costs far
 * more than the next one, as the browser compiles each function of it on first use; this pays that
 * cost while the browser is idle rather than on the click. Resolves once the copy is gone.
 */
export function renderUnseen(screen: ReactNode, location: string): Promise<void> {
  const host = document.createElement('div')
  const root = createRoot(host)
  root.render(
    <Activity mode="hidden">
      <Router location={location} navigator={goNowhere} static>
        {screen}
      </Router>
    </Activity>,
  )
  return new Promise((resolve) => {
    const unmountOnceRendered = () => {
      if (!host.hasChildNodes()) {
        whenIdle(unmountOnceRendered)
        return
      }
      root.unmount()
      resolve()
    }
    whenIdle(unmountOnceRendered)
  })
}
