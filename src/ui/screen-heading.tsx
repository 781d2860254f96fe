import type { ReactNode } from 'react'
import { useFocusOnChange } from './use-focus-on-change.ts'

/**
 * The h1 of a screen. It takes focus whenever `focusKey` changes (a new screen), so keyboard users
 * start there and screen readers announce it.
 */
export function ScreenHeading({
  id,
  focusKey,
  children,
}: {
  id: string
  focusKey: string
  children: ReactNode
}) {
  const ref = useFocusOnChange<HTMLHeadingElement>(focusKey)
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="text-3xl font-bold leading-tight outline-none">
      {children}
    </h1>
  )
}
