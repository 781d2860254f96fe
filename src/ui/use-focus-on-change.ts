import { useEffect, useRef } from 'react'

/** The first screen of a page load keeps the browser's natural focus, so Tab reaches the skip link first. */
let firstScreenKey: string | null = null
let hasNavigated = false

/**
 * Moves keyboard and screen-reader focus to the returned element whenever `key` changes, so each new
 * screen is announced by its heading. The element needs `tabIndex={-1}`.
 */
export function useFocusOnChange<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null)
  useEffect(() => {
    firstScreenKey ??= key
    if (key !== firstScreenKey) hasNavigated = true
    if (hasNavigated) ref.current?.focus()
  }, [key])
  return ref
}
