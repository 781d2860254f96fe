import { followWalk } from '../../src/app/prerender/follow-walk.ts'
import type { StepMap } from '../../src/app/prerender/step-map.ts'

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
  /** The step map (see src/app/prerender/step-map.ts); the walk screens' files are named relative to it. */
  readonly stepMap: string
}

/**
 * Runs in the browser from <head>, before anything paints, as an external script (the CSP allows no
 * inline one), and starts the app:
 * - on home, the prerendered screen needs no script to paint, so the app's module is added only once
 *   the screen has painted: HTML and CSS get the network to themselves, and the screen works soon after;
 * - on #/decode, the same, once the prerendered decode screen (a <template> in index.html) has taken
 *   the home's place; <html> is marked (data-boot="screen") so the app knows to wait for its route;
 * - on a walk link (#/w/…), <html> is marked so boot.css hides the prerendered home and shows a
 *   placeholder; the walk is followed through the step map to its prerendered screen, which takes the
 *   home's place, and the app is added once it has painted. Without a screen to show (a walk that is
 *   not valid, a screen with provider values that provider.json changes), or if it takes too long,
 *   the app and the walk's chunks are fetched at once;
 * - on any other route (a step code, a start link, the agent view), <html> is marked the same way,
 *   and the app's module and the route's chunks are fetched at once, side by side.
 * Serialized by `bootScript`, so it must stay self-contained: no imports, no outside names.
 */
export function boot(
  manifest: BootManifest,
  win: Window,
  scriptUrl: string,
  follow: typeof followWalk,
): void {
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
  const preload = (files: readonly string[]) => {
    for (const file of files) {
      const link = doc.createElement('link')
      link.rel = 'modulepreload'
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
  const path = win.location.hash.replace(/^#/, '').split(/[?#]/)[0] ?? ''
  if (path === '' || path === '/') {
    whenParsed(() => {
      afterScreenPaint(addModule)
    })
    return
  }
  const html = doc.documentElement
  html.setAttribute('data-boot', 'deep')
  html.setAttribute('aria-busy', 'true')
  if (/^\/decode\/?$/.test(path)) {
    whenParsed(() => {
      const screen = doc.getElementById(manifest.decodeScreen)
      const root = doc.getElementById('root')
      if (screen?.tagName === 'TEMPLATE' && root) {
        root.replaceChildren((screen as HTMLTemplateElement).content.cloneNode(true))
        html.setAttribute('data-boot', 'screen')
        afterScreenPaint(() => {
          preload(manifest.decode)
          addModule()
        })
      } else {
        preload(manifest.decode)
        addModule()
      }
    })
    return
  }
  const [, route, walkStart, ...walkAnswers] = path.split('/')
  if (route === 'w' && walkStart) {
    // The app starts once the walk's prerendered screen has painted; at once if there is none to show,
    // or if it has not come within the time limit (then it is not shown at all).
    let started = false
    const start = () => {
      if (started) return
      started = true
      preload([manifest.main, ...manifest.walk])
      whenParsed(addModule)
    }
    win.setTimeout(start, 2500)
    const mapUrl = url(manifest.stepMap)
    const read = (response: Response) => {
      if (!response.ok) throw new Error(`${response.status}`)
      return response
    }
    const decoded = (part: string) => {
      try {
        return decodeURIComponent(part)
      } catch {
        return part
      }
    }
    if (typeof win.fetch !== 'function') {
      start()
      return
    }
    const answers = walkAnswers.filter((part) => part !== '').map(decoded)
    // provider.json (preloaded by index.html) decides whether a screen with provider values holds: it
    // does while the file sets none of them (or is missing, or is not JSON), as the app then shows them.
    const providerNeutral = (map: StepMap) =>
      win
        .fetch(new URL('provider.json', doc.baseURI).href)
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null)
        .then((provider: unknown) => {
          if (provider === null || typeof provider !== 'object' || Array.isArray(provider)) return true
          const set = provider as Record<string, unknown>
          return Object.entries(map.neutralProvider).every(
            ([key, neutral]) => set[key] === undefined || set[key] === neutral,
          )
        })
    win
      .fetch(mapUrl)
      .then((response) => read(response).json())
      .then(async (map: StepMap) => {
        const found = follow(map, decoded(walkStart), answers)
        if (!found || (found.neutralOnly && !(await providerNeutral(map))))
          throw new Error('no prerendered screen')
        const response = await win.fetch(new URL(found.screen, mapUrl).href)
        return { text: await read(response).text(), questionNumber: found.questionNumber }
      })
      .then(({ text, questionNumber }) => {
        whenParsed(() => {
          const main = doc.getElementById('main')
          if (started || !main) {
            start()
            return
          }
          const screen = doc.createElement('template')
          screen.innerHTML = text
          const count = screen.content.querySelector('[data-question-number]')
          if (count) {
            const shown = count.getAttribute('data-question-number') ?? ''
            count.textContent = count.textContent.replace(shown, String(questionNumber))
            count.setAttribute('data-question-number', String(questionNumber))
          }
          screen.content.querySelectorAll('details[data-open-from]').forEach((details) => {
            if ((win as Partial<Window>).matchMedia?.(details.getAttribute('data-open-from') ?? '').matches)
              (details as HTMLDetailsElement).open = true
          })
          main.replaceChildren(screen.content)
          html.setAttribute('data-boot', 'screen')
          afterScreenPaint(start)
        })
      })
      .catch(start)
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
  preload([manifest.main, ...routeChunks])
  whenParsed(addModule)
}

/** The boot script's text: `boot` with the build's manifest, for the page it runs in. */
export const bootScript = (manifest: BootManifest): string =>
  `(${boot.toString()})(${JSON.stringify(manifest)}, window, document.currentScript.src, ${followWalk.toString()});\n`
