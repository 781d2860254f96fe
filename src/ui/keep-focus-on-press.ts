import type { MouseEvent } from 'react'

/**
 * For a control whose click replaces it at once with a new screen, whose heading then takes focus: a
 * press of the main mouse button does not focus it. A focused control taken out of the page makes the
 * browser move focus away (blur and focusout) and restyle the page in the middle of the click, several
 * ms on a slow phone. Keyboard focus and the click itself are unchanged.
 */
export function keepFocusOnPress(event: MouseEvent): void {
  if (event.button === 0) event.preventDefault()
}
