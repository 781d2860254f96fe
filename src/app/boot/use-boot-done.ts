import { useLayoutEffect } from 'react'

/**
 * boot.js marks a deep link on <html> (data-boot, aria-busy) so the prerendered home stays hidden
 * and a placeholder shows until React has rendered. React's first commit ends that, before it paints.
 */
export function useBootDone(): void {
  useLayoutEffect(() => {
    const html = document.documentElement
    html.removeAttribute('data-boot')
    html.removeAttribute('aria-busy')
  }, [])
}
