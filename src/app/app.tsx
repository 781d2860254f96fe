import { StrictMode } from 'react'
import type { DataRouter } from 'react-router'
// From react-router/dom, which gives it ReactDOM.flushSync: an answer renders its next screen at once.
import { RouterProvider } from 'react-router/dom'
import { useBootDone } from './boot/use-boot-done.ts'

function Routed({ router }: { router: DataRouter }) {
  useBootDone()
  // Without startTransition: a new screen is small, and a time-sliced render only spreads its work
  // over more frames on a slow phone, delaying the next heading.
  return <RouterProvider router={router} useTransitions={false} />
}

/**
 * The whole app for a router. The browser and the build-time prerender render this same element
 * tree, so hydration matches (useId included).
 */
export function App({ router }: { router: DataRouter }) {
  return (
    <StrictMode>
      <Routed router={router} />
    </StrictMode>
  )
}
