// @vitest-environment happy-dom
import { runInNewContext } from 'node:vm'
import { beforeEach, describe, expect, it } from 'vitest'
import type { BootManifest } from './boot.ts'
import { boot, bootScript } from './boot.ts'
import type { FoundScreen } from './step-screen-script.ts'
import { STEP_SCREEN_EVENT } from './step-screen-script.ts'

const MANIFEST: BootManifest = {
  main: 'index-0.js',
  walk: ['walk-1.js', 'shared-2.js'],
  decode: ['decode-3.js', 'shared-2.js'],
  agent: ['agent-4.js', 'shared-2.js'],
  start: ['start-5.js', 'walk-1.js', 'shared-2.js'],
  decodeScreen: 'prerendered-decode',
  stepScreens: 'steps/walk-6.js',
}

const ASSETS = 'https://help.example/support/relay-doctor/assets/'
const SCRIPT_URL = `${ASSETS}boot-x.js`

/** A window at `hash` whose frames and timers are run by hand: `flush` runs frames and timers without a delay, `elapse` those with one. */
function windowAt(hash: string, extra: Record<string, unknown> = {}) {
  const queued: (() => void)[] = []
  const delayed: (() => void)[] = []
  const listeners: { type: string; run: () => void }[] = []
  const win = {
    document,
    location: { hash },
    requestAnimationFrame: (run: () => void) => queued.push(run),
    setTimeout: (run: () => void, delay?: number) => (delay ? delayed : queued).push(run),
    addEventListener: (type: string, run: () => void) => listeners.push({ type, run }),
    ...extra,
  }
  /** Fires the window's `type` event (once: boot.js listens once). */
  const fire = (type: string) => {
    for (const listener of listeners.filter((listener) => listener.type === type)) {
      listeners.splice(listeners.indexOf(listener), 1)
      listener.run()
    }
  }
  const flush = () => {
    while (queued.length > 0) queued.shift()?.()
  }
  const elapse = () => {
    while (delayed.length > 0) delayed.shift()?.()
  }
  return { win: win as unknown as Window, flush, elapse, fire }
}

/** A PerformanceObserver that reports Largest Contentful Paint entries when `paint` is called. */
function fakePaintObserver() {
  const observers: { report: (element: Element) => void }[] = []
  class Observer {
    static readonly supportedEntryTypes = ['largest-contentful-paint']
    readonly report: (element: Element) => void
    constructor(callback: (list: { getEntries: () => { element: Element }[] }) => void) {
      this.report = (element) => {
        callback({ getEntries: () => [{ element }] })
      }
    }
    observe() {
      observers.push(this)
    }
    disconnect() {
      observers.splice(observers.indexOf(this), 1)
    }
  }
  const paint = (element: Element | null) => {
    if (!element) throw new Error('nothing to paint')
    for (const observer of [...observers]) observer.report(element)
  }
  return { PerformanceObserver: Observer, paint }
}

const SCREEN =
  '<div data-step-screen=""><p data-question-number="1">Question 1</p><h1>Which mail app?</h1><button disabled>Thunderbird</button><details data-open-from="(min-width: 48rem)"></details></div>'
/** What the step-screen script does once it has looked: hands boot.js the screen, or null. */
const handOver = (screen: FoundScreen | null) =>
  document.dispatchEvent(new CustomEvent(STEP_SCREEN_EVENT, { detail: screen }))
/** Whether #root is marked as still loading (not <html>, where axe rejects aria-busy). */
const rootBusy = () => document.getElementById('root')?.getAttribute('aria-busy') === 'true'
const mainText = () => document.getElementById('main')?.textContent ?? ''
const scripts = (): string[] =>
  Array.from(document.head.querySelectorAll<HTMLScriptElement>('script:not([type])'), (script) => script.src)

const preloads = (): string[] =>
  Array.from(
    document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'),
    (link) => link.href,
  )
const prefetches = (): string[] =>
  Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]'), (link) => link.href)
const modules = (): string[] =>
  Array.from(
    document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]'),
    (script) => script.src,
  )

describe('boot', () => {
  beforeEach(() => {
    // The scripts boot.js adds are not run here (each test plays their part): not an error either.
    ;(
      window as unknown as { happyDOM: { settings: Record<string, unknown> } }
    ).happyDOM.settings.handleDisabledFileLoadingAsSuccess = true
    document.head.innerHTML = ''
    document.body.innerHTML = '<div id="root"><main id="main"><h1>Home</h1></main></div>'
    document.documentElement.removeAttribute('data-boot')
  })

  it.each(['', '#', '#/', '#/?from=help'])('on home (%j) adds the app only after the first frame', (hash) => {
    const { win, flush } = windowAt(hash)
    boot(MANIFEST, win, SCRIPT_URL)
    expect(document.documentElement.hasAttribute('data-boot')).toBe(false)
    expect(rootBusy()).toBe(false)
    expect(modules()).toEqual([])
    flush()
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
    expect(preloads()).toEqual([])
  })

  it('on home, prefetches the wizard’s chunks once the page has loaded and the browser is idle', () => {
    const { win, flush, fire } = windowAt('#/')
    boot(MANIFEST, win, SCRIPT_URL)
    flush()
    expect(prefetches()).toEqual([])
    fire('load')
    expect(prefetches()).toEqual([])
    flush()
    expect(prefetches()).toEqual([`${ASSETS}walk-1.js`, `${ASSETS}shared-2.js`])
    // Fetched, not run: nothing is preloaded as a module.
    expect(preloads()).toEqual([])
  })

  it('on home, waits for an idle callback where there is one', () => {
    const idle: (() => void)[] = []
    const { win, flush, fire } = windowAt('#/', { requestIdleCallback: (run: () => void) => idle.push(run) })
    boot(MANIFEST, win, SCRIPT_URL)
    flush()
    fire('load')
    flush()
    expect(prefetches()).toEqual([])
    for (const run of idle) run()
    expect(prefetches()).toEqual([`${ASSETS}walk-1.js`, `${ASSETS}shared-2.js`])
  })

  it('on home, prefetches nothing for a user who asked to save data', () => {
    const { win, flush, fire } = windowAt('#/', { navigator: { connection: { saveData: true } } })
    boot(MANIFEST, win, SCRIPT_URL)
    fire('load')
    flush()
    expect(prefetches()).toEqual([])
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
  })

  it.each(['#/w/eu-start', '#/decode', '#/c/JS60-000N'])(
    'prefetches nothing beyond the route on %s',
    (hash) => {
      const { win, flush, fire } = windowAt(hash)
      boot(MANIFEST, win, SCRIPT_URL)
      fire('load')
      flush()
      expect(prefetches()).toEqual([])
    },
  )

  it('on home, where paints are reported, adds the app once the screen’s content has painted', () => {
    document.body.innerHTML =
      '<div id="root"><header><a>Relay Doctor</a></header><main id="main"><p>Lead</p></main></div>'
    const { PerformanceObserver, paint } = fakePaintObserver()
    const { win, flush } = windowAt('#/', { PerformanceObserver })
    boot(MANIFEST, win, SCRIPT_URL)
    flush()
    paint(document.querySelector('header a'))
    expect(modules()).toEqual([])
    paint(document.querySelector('main p'))
    paint(document.querySelector('main p'))
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
  })

  it('on home, where paints are reported, adds the app after the time limit when none comes', () => {
    const { PerformanceObserver } = fakePaintObserver()
    const { win, flush, elapse } = windowAt('', { PerformanceObserver })
    boot(MANIFEST, win, SCRIPT_URL)
    flush()
    expect(modules()).toEqual([])
    elapse()
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
  })

  it('on a walk, adds the step-screen script, shows the screen it hands over, then adds the app once it has painted', () => {
    const { win, flush } = windowAt('#/w/eu-start/on-send')
    boot(MANIFEST, win, SCRIPT_URL)
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(rootBusy()).toBe(true)
    expect(scripts()).toEqual([`${ASSETS}steps/walk-6.js`])
    expect(modules()).toEqual([])
    handOver({ html: SCREEN, questionNumber: 2 })
    expect(mainText()).toBe('Question 2Which mail app?Thunderbird')
    expect(document.querySelector('[data-question-number]')?.getAttribute('data-question-number')).toBe('2')
    expect(document.querySelector('details')?.open).toBe(false)
    expect(document.querySelector('[data-step-screen]')?.hasAttribute('inert')).toBe(true)
    expect(document.documentElement.getAttribute('data-boot')).toBe('screen')
    expect(rootBusy()).toBe(true)
    expect(preloads()).toEqual([])
    flush()
    expect(preloads()).toEqual([`${ASSETS}index-0.js`, `${ASSETS}walk-1.js`, `${ASSETS}shared-2.js`])
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
  })

  it('on a walk, opens a prerendered disclosure on a wide screen, as the app does', () => {
    const matchMedia = (query: string) => ({ matches: query === '(min-width: 48rem)' })
    boot(MANIFEST, windowAt('#/w/eu-start/on-send', { matchMedia }).win, SCRIPT_URL)
    handOver({ html: SCREEN, questionNumber: 1 })
    expect(document.querySelector('details')?.open).toBe(true)
  })

  it('on a walk with no screen to show, keeps the placeholder and fetches the app at once', () => {
    boot(MANIFEST, windowAt('#/w/eu-start/on-send').win, SCRIPT_URL)
    handOver(null)
    expect(mainText()).toBe('Home')
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(preloads()).toEqual([`${ASSETS}index-0.js`, `${ASSETS}walk-1.js`, `${ASSETS}shared-2.js`])
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
  })

  it('on a walk whose step-screen script does not load, fetches the app at once', () => {
    boot(MANIFEST, windowAt('#/w/eu-start/on-send').win, SCRIPT_URL)
    document.head.querySelector<HTMLScriptElement>('script:not([type])')?.onerror?.(new Event('error'))
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
  })

  it('on a walk whose screen comes after the time limit, starts the app and never shows it', () => {
    const { win, elapse } = windowAt('#/w/eu-start/on-send')
    boot(MANIFEST, win, SCRIPT_URL)
    elapse()
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
    handOver({ html: SCREEN, questionNumber: 2 })
    expect(mainText()).toBe('Home')
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(modules()).toHaveLength(1)
  })

  it.each(['#/decode', '#/decode?from=eu-start'])(
    'on %j, shows the prerendered decode screen, then fetches the app and the decoder after the first frame',
    (hash) => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<template id="prerendered-decode"><h1>Paste the error</h1></template>',
      )
      const { win, flush } = windowAt(hash)
      boot(MANIFEST, win, SCRIPT_URL)
      expect(document.getElementById('root')?.innerHTML).toBe('<h1>Paste the error</h1>')
      expect(document.documentElement.getAttribute('data-boot')).toBe('screen')
      expect(rootBusy()).toBe(true)
      expect(preloads()).toEqual([])
      expect(modules()).toEqual([])
      flush()
      expect(preloads()).toEqual([`${ASSETS}decode-3.js`, `${ASSETS}shared-2.js`])
      expect(modules()).toEqual([`${ASSETS}index-0.js`])
    },
  )

  it('on #/decode without the prerendered screen, keeps the placeholder and fetches at once', () => {
    boot(MANIFEST, windowAt('#/decode').win, SCRIPT_URL)
    expect(document.getElementById('root')?.innerHTML).toBe('<main id="main"><h1>Home</h1></main>')
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(preloads()).toEqual([`${ASSETS}decode-3.js`, `${ASSETS}shared-2.js`])
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
  })

  it.each([
    ['#/c/AB12-CD34', ['walk-1.js', 'shared-2.js']],
    ['#/c', ['walk-1.js', 'shared-2.js']],
    ['#/agent', ['agent-4.js', 'shared-2.js']],
    ['#/agent/w/eu-start/on-send', ['agent-4.js', 'shared-2.js']],
    ['#/start/end-user?app=outlook-classic', ['start-5.js', 'walk-1.js', 'shared-2.js']],
  ])('on %j, shows the placeholder and fetches the app with that route’s chunks at once', (hash, chunks) => {
    boot(MANIFEST, windowAt(hash).win, SCRIPT_URL)
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(rootBusy()).toBe(true)
    expect(preloads()).toEqual([`${ASSETS}index-0.js`, ...chunks.map((chunk) => `${ASSETS}${chunk}`)])
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
  })

  it.each(['#/cat', '#/agents', '#/start'])('does not take %j for a route with chunks of its own', (hash) => {
    boot(MANIFEST, windowAt(hash).win, SCRIPT_URL)
    expect(preloads()).toEqual([`${ASSETS}index-0.js`])
  })

  it('hides the home for an unknown route, fetching only the app', () => {
    boot(MANIFEST, windowAt('#/no-such-screen').win, SCRIPT_URL)
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(preloads()).toEqual([`${ASSETS}index-0.js`])
  })

  it('serializes to a self-contained script', () => {
    const script = bootScript(MANIFEST)
    expect(script).toContain('"walk-1.js"')
    // Run as the browser would, with only browser globals in scope.
    Object.defineProperty(document, 'currentScript', { value: { src: SCRIPT_URL }, configurable: true })
    runInNewContext(script, { window: windowAt('#/c/AB12-CD34').win, document, URL })
    expect(preloads()).toHaveLength(3)
  })
})
