import { StrictMode } from 'react'
import type { DataRouter } from 'react-router'
import { RouterProvider } from 'react-router'
import { useBootDone } from './boot/use-boot-done.ts'

function Routed({ router }: { router: DataRouter }) {
  useBootDone()
  return <RouterProvider router={router} />
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
