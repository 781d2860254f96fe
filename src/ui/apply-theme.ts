import type { Theme } from '@/lib/theme.ts'

const darker = (colour: string, share: number) => `color-mix(in oklab, ${colour} ${String(share)}%, black)`
const lighter = (colour: string, share: number) => `color-mix(in oklab, ${colour} ${String(share)}%, white)`

/**
 * Applies a checked theme to the page root through the CSSOM and data attributes (both allowed under
 * style-src 'self', unlike a style attribute in markup). The colour tokens are those index.css
 * declares; a field the theme leaves out goes back to the app's own look. Hover shades move away
 * from the page colour, so they keep at least the accent's checked contrast.
 */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  const set = (name: string, value: string | undefined) => {
    if (value === undefined) root.style.removeProperty(name)
    else root.style.setProperty(name, value)
  }
  const light = theme.accent?.light
  const dark = theme.accent?.dark
  set('--color-accent', light)
  set('--color-accent-hover', light && darker(light, 85))
  set('--color-link', light)
  set('--color-link-hover', light && darker(light, 70))
  set('--color-accent-dark', dark)
  set('--color-accent-dark-hover', dark && lighter(dark, 80))
  const radius = theme.radius === undefined ? undefined : `${String(theme.radius)}px`
  for (const size of ['md', 'lg', 'xl']) set(`--radius-${size}`, radius)
  if (theme.font === undefined || theme.font === 'system') delete root.dataset.font
  else root.dataset.font = theme.font
  if (theme.mode === undefined || theme.mode === 'auto') delete root.dataset.mode
  else root.dataset.mode = theme.mode
}
