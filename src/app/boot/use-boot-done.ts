import { useLayoutEffect } from 'react'

/**
 * boot.js marks a deep link on <html> (data-boot) so the prerendered home stays hidden and a
 * placeholder or prerendered screen shows until React has rendered, and marks #root busy meanwhile.
 * React's first commit ends both, before it paints.
 */
export function useBootDone(): void {
  useLayoutEffect(() => {
    document.documentElement.removeAttribute('data-boot')
    document.getElementById('root')?.removeAttribute('aria-busy')
  }, [])
}
