import type { FoundScreen } from './step-screen-script.ts'

/** The build's file names, relative to the boot script's own folder. */
export type BootManifest = {
  /** The app's entry module. */
  readonly main: string
  /** The chunks a walk link's screen needs. */
  readonly walk: readonly string[]
  /** The chunks the decode link's screen needs. */
  readonly decode: readonly string[]
  /** The chunks the agent view's links (`#/agent…`) need. */
  readonly agent: readonly string[]
  /** The chunks a start link (`#/start/…`) needs: its own and the walk's it leads to. */
  readonly start: readonly string[]
  /** The id of the <template> that holds the prerendered decode screen. */
  readonly decodeScreen: string
  /** The step-screen script (see step-screen-script.ts); the walk screens' files are named relative to it. */
  readonly stepScreens: string
}

/**
 * Runs in the browser from <head>, before anything paints, as an external script (the CSP allows no
 * inline one), and starts the app:
 * - on home, the prerendered screen needs no script to paint, so the app's module is added only once
 *   the screen has painted: HTML and CSS get the network to themselves, and the screen works soon after;
 *   once the page has loaded and the browser is idle, the wizard's chunks are prefetched (not run);
 * - on #/decode, the same, once the prerendered decode screen (a <template> in index.html) has taken
 *   the home's place; <html> is marked (data-boot="screen") so the app knows to wait for its route;
 * - on a walk link (#/w/…), <html> is marked so boot.css hides the prerendered home and shows a
 *   placeholder, and the step-screen script is added: it finds the walk's prerendered screen, which
 *   then takes the home's place, and the app is added once it has painted. Without a screen to show
 *   (a walk that is not valid, a screen with provider values that provider.json changes), or if it
 *   takes too long, the app and the walk's chunks are fetched at once;
 * - on any other route (a step code, a start link, the agent view), <html> is marked the same way,
 *   and the app's module and the route's chunks are fetched at once, side by side.
 * Serialized by `bootScript`, so it must stay self-contained: no imports, no outside names.
 */
export function boot(manifest: BootManifest, win: Window, scriptUrl: string): void {
  const doc = win.document
  const url = (file: string) => new URL(file, scriptUrl).href
  const addModule = () => {
    const script = doc.createElement('script')
    script.type = 'module'
    script.src = url(manifest.main)
    doc.head.append(script)
  }
  const whenParsed = (run: () => void) => {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', run, { once: true })
    else run()
  }
  const addLinks = (rel: string, files: readonly string[]) => {
    for (const file of files) {
      const link = doc.createElement('link')
      link.rel = rel
      link.href = url(file)
      doc.head.append(link)
    }
  }
  // The browser may paint a screen's text a frame or more after the page's first paint, so the app's
  // module is added once the screen's own content (in <main>) has painted: its download never competes
  // with that paint. Without Largest Contentful Paint reports: after the first frame. A report that
  // never comes (a tab in the background) only delays the app by the time limit.
  const afterScreenPaint = (run: () => void) => {
    const Observer = (win as Window & typeof globalThis).PerformanceObserver as
      | typeof PerformanceObserver
      | undefined
    if (!Observer?.supportedEntryTypes.includes('largest-contentful-paint')) {
      win.requestAnimationFrame(() => {
        win.setTimeout(run)
      })
      return
    }
    let started = false
    const start = () => {
      if (started) return
      started = true
      observer.disconnect()
      run()
    }
    const observer = new Observer((list) => {
      if (list.getEntries().some((entry) => (entry as LargestContentfulPaint).element?.closest('#main')))
        start()
    })
    observer.observe({ type: 'largest-contentful-paint', buffered: true })
    win.setTimeout(start, 1500)
  }
  // Fetched into the cache, not run: no long task, and the route that asks for them later finds them
  // there. Not for a user who has asked the browser to save data.
  const prefetchOnceIdle = (files: readonly string[]) => {
    if (
      (win.navigator as (Navigator & { connection?: { saveData?: boolean } }) | undefined)?.connection
        ?.saveData
    )
      return
    const idle = (run: () => void) => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run)
      else win.setTimeout(run)
    }
    win.addEventListener(
      'load',
      () => {
        idle(() => {
          addLinks('prefetch', files)
        })
      },
      { once: true },
    )
  }
  const path = win.location.hash.replace(/^#/, '').split(/[?#]/)[0] ?? ''
  if (path === '' || path === '/') {
    whenParsed(() => {
      afterScreenPaint(addModule)
    })
    // The wizard is where most leave home for, and a phone has no pointer to rest on an entry first
    // (which fetches it too): once the page has loaded and the browser is idle, its code is fetched.
    prefetchOnceIdle(manifest.walk)
    return
  }
  const html = doc.documentElement
  html.setAttribute('data-boot', 'deep')
  // The screen is not the app's yet: assistive technology hears that #root is still loading (not
  // <html>, where aria-busy is not allowed), until the app's first commit clears it.
  whenParsed(() => {
    doc.getElementById('root')?.setAttribute('aria-busy', 'true')
  })
  if (/^\/decode\/?$/.test(path)) {
    whenParsed(() => {
      const screen = doc.getElementById(manifest.decodeScreen)
      const root = doc.getElementById('root')
      if (screen?.tagName === 'TEMPLATE' && root) {
        root.replaceChildren((screen as HTMLTemplateElement).content.cloneNode(true))
        html.setAttribute('data-boot', 'screen')
        afterScreenPaint(() => {
          addLinks('modulepreload', manifest.decode)
          addModule()
        })
      } else {
        addLinks('modulepreload', manifest.decode)
        addModule()
      }
    })
    return
  }
  if (/^\/w\/[^/]/.test(path)) {
    // The app starts once the walk's prerendered screen has painted; at once if there is none to show,
    // or if it has not come within the time limit (then it is not shown at all).
    let started = false
    const start = () => {
      if (started) return
      started = true
      addLinks('modulepreload', [manifest.main, ...manifest.walk])
      whenParsed(addModule)
    }
    win.setTimeout(start, 2500)
    doc.addEventListener(
      'relay-doctor:step-screen',
      (event) => {
        const found = (event as CustomEvent<FoundScreen | null>).detail
        whenParsed(() => {
          const main = doc.getElementById('main')
          if (started || !found || !main) {
            start()
            return
          }
          const screen = doc.createElement('template')
          screen.innerHTML = found.html
          const count = screen.content.querySelector('[data-question-number]')
          if (count) {
            const shown = count.getAttribute('data-question-number') ?? ''
            count.textContent = count.textContent.replace(shown, String(found.questionNumber))
            count.setAttribute('data-question-number', String(found.questionNumber))
          }
          screen.content.querySelectorAll('details[data-open-from]').forEach((details) => {
            if ((win as Partial<Window>).matchMedia?.(details.getAttribute('data-open-from') ?? '').matches)
              (details as HTMLDetailsElement).open = true
          })
          // Seen at once, used once the app has taken it over: until then nothing in it can take focus or
          // a click, so nothing a keyboard or screen-reader user does is lost when the app replaces it.
          screen.content.firstElementChild?.setAttribute('inert', '')
          main.replaceChildren(screen.content)
          html.setAttribute('data-boot', 'screen')
          afterScreenPaint(start)
        })
      },
      { once: true },
    )
    const script = doc.createElement('script')
    script.src = url(manifest.stepScreens)
    script.onerror = start
    doc.head.append(script)
    return
  }
  // A step code link (#/c/…) rides in the walk's chunk; an unknown route needs only the app.
  const routeChunks = /^\/c(?:\/|$)/.test(path)
    ? manifest.walk
    : /^\/agent(?:\/|$)/.test(path)
      ? manifest.agent
      : /^\/start\/[^/]/.test(path)
        ? manifest.start
        : []
  addLinks('modulepreload', [manifest.main, ...routeChunks])
  whenParsed(addModule)
}

/** The boot script's text: `boot` with the build's manifest, for the page it runs in. */
export const bootScript = (manifest: BootManifest): string =>
  `(${boot.toString()})(${JSON.stringify(manifest)}, window, document.currentScript.src);\n`
