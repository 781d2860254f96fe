import { layOutUnseen } from '@/ui/lay-out-unseen.ts'
import { whenIdle } from '@/ui/when-idle.ts'
import { FIRST_SCREENS_META } from './prerender/first-screens.ts'

/** The URL of `start`'s first prerendered screen, as the build lists it in index.html; null when it doesn't. */
export function firstScreenUrl(doc: Document, start: string): string | null {
  const listed = doc.querySelector(`meta[name="${FIRST_SCREENS_META}"]`)?.getAttribute('content')
  if (!listed) return null
  try {
    const files: unknown = JSON.parse(listed)
    if (typeof files !== 'object' || files === null || !Object.hasOwn(files, start)) return null
    const file: unknown = (files as Record<string, unknown>)[start]
    return typeof file === 'string' ? new URL(file, doc.baseURI).href : null
  } catch {
    return null
  }
}

/**
 * Fetches `start`'s first prerendered screen and lays it out unseen while the browser is idle, so the
 * click into the wizard does not pay for the fonts and text shaping of a screen never laid out before.
 * Only a head start: without a listed screen, or if the fetch fails, nothing happens.
 */
export async function warmUpFirstScreen(doc: Document, start: string): Promise<void> {
  const url = firstScreenUrl(doc, start)
  if (!url) return
  const response = await fetch(url).catch(() => null)
  if (!response?.ok) return
  const html = await response.text().catch(() => null)
  if (html !== null)
    whenIdle(() => {
      layOutUnseen(doc, html)
    })
}
