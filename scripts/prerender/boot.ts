/** The chunk files a deep link's screen needs, relative to the boot script's own folder. */
export type BootManifest = { readonly walk: readonly string[]; readonly decode: readonly string[] }

/**
 * Runs in the browser from <head>, before anything paints, as an external script (the CSP allows no
 * inline one). On any route but home it marks <html> so boot.css hides the prerendered home and
 * shows a placeholder, and starts fetching the route's chunks next to the main bundle. Serialized by
 * `bootScript`, so it must stay self-contained: no imports, no outside names.
 */
export function boot(manifest: BootManifest, doc: Document, hash: string, scriptUrl: string): void {
  const path = hash.replace(/^#/, '').split(/[?#]/)[0] ?? ''
  if (path === '' || path === '/') return
  const html = doc.documentElement
  html.setAttribute('data-boot', 'deep')
  html.setAttribute('aria-busy', 'true')
  const files = /^\/w\/[^/]/.test(path) ? manifest.walk : /^\/decode\/?$/.test(path) ? manifest.decode : []
  for (const file of files) {
    const link = doc.createElement('link')
    link.rel = 'modulepreload'
    link.href = new URL(file, scriptUrl).href
    doc.head.append(link)
  }
}

/** The boot script's text: `boot` with the build's manifest, for the page it runs in. */
export const bootScript = (manifest: BootManifest): string =>
  `(${boot.toString()})(${JSON.stringify(manifest)}, document, location.hash, document.currentScript.src);\n`
