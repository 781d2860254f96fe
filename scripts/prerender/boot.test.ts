// @vitest-environment happy-dom
import { runInNewContext } from 'node:vm'
import { beforeEach, describe, expect, it } from 'vitest'
import type { BootManifest } from './boot.ts'
import { boot, bootScript } from './boot.ts'

const MANIFEST: BootManifest = {
  main: 'index-0.js',
  walk: ['walk-1.js', 'shared-2.js'],
  decode: ['decode-3.js', 'shared-2.js'],
  agent: ['agent-4.js', 'shared-2.js'],
  start: ['start-5.js', 'walk-1.js', 'shared-2.js'],
  decodeScreen: 'prerendered-decode',
}
const ASSETS = 'https://help.example/support/relay-doctor/assets/'
const SCRIPT_URL = `${ASSETS}boot-x.js`

/** A window at `hash` whose frames and timers are run by hand: `flush` runs frames and timers without a delay, `elapse` those with one. */
function windowAt(hash: string, extra: Record<string, unknown> = {}) {
  const queued: (() => void)[] = []
  const delayed: (() => void)[] = []
  const win = {
    document,
    location: { hash },
    requestAnimationFrame: (run: () => void) => queued.push(run),
    setTimeout: (run: () => void, delay?: number) => (delay ? delayed : queued).push(run),
    ...extra,
  }
  const flush = () => {
    while (queued.length > 0) queued.shift()?.()
  }
  const elapse = () => {
    while (delayed.length > 0) delayed.shift()?.()
  }
  return { win: win as unknown as Window, flush, elapse }
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

const preloads = (): string[] =>
  Array.from(
    document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'),
    (link) => link.href,
  )
const modules = (): string[] =>
  Array.from(
    document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]'),
    (script) => script.src,
  )

describe('boot', () => {
  beforeEach(() => {
    document.head.innerHTML = ''
    document.body.innerHTML = '<div id="root"><h1>Home</h1></div>'
    document.documentElement.removeAttribute('data-boot')
    document.documentElement.removeAttribute('aria-busy')
  })

  it.each(['', '#', '#/', '#/?from=help'])('on home (%j) adds the app only after the first frame', (hash) => {
    const { win, flush } = windowAt(hash)
    boot(MANIFEST, win, SCRIPT_URL)
    expect(document.documentElement.hasAttribute('data-boot')).toBe(false)
    expect(modules()).toEqual([])
    flush()
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
    expect(preloads()).toEqual([])
  })

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

  it('on a walk, fetches the app and the walk’s chunks at once and marks the page busy', () => {
    boot(MANIFEST, windowAt('#/w/eu-start/on-send').win, SCRIPT_URL)
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(document.documentElement.getAttribute('aria-busy')).toBe('true')
    expect(preloads()).toEqual([`${ASSETS}index-0.js`, `${ASSETS}walk-1.js`, `${ASSETS}shared-2.js`])
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
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
      expect(document.documentElement.getAttribute('aria-busy')).toBe('true')
      expect(preloads()).toEqual([])
      expect(modules()).toEqual([])
      flush()
      expect(preloads()).toEqual([`${ASSETS}decode-3.js`, `${ASSETS}shared-2.js`])
      expect(modules()).toEqual([`${ASSETS}index-0.js`])
    },
  )

  it('on #/decode without the prerendered screen, keeps the placeholder and fetches at once', () => {
    boot(MANIFEST, windowAt('#/decode').win, SCRIPT_URL)
    expect(document.getElementById('root')?.innerHTML).toBe('<h1>Home</h1>')
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
    expect(document.documentElement.getAttribute('aria-busy')).toBe('true')
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
    runInNewContext(script, { window: windowAt('#/w/ad-start').win, document, URL })
    expect(preloads()).toHaveLength(3)
  })
})
