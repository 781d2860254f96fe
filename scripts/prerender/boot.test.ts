// @vitest-environment happy-dom
import { runInNewContext } from 'node:vm'
import { beforeEach, describe, expect, it } from 'vitest'
import { followWalk } from '../../src/app/prerender/follow-walk.ts'
import type { StepMap } from '../../src/app/prerender/step-map.ts'
import type { BootManifest } from './boot.ts'
import { bootScript, boot as bootWith } from './boot.ts'

const MANIFEST: BootManifest = {
  main: 'index-0.js',
  walk: ['walk-1.js', 'shared-2.js'],
  decode: ['decode-3.js', 'shared-2.js'],
  agent: ['agent-4.js', 'shared-2.js'],
  start: ['start-5.js', 'walk-1.js', 'shared-2.js'],
  decodeScreen: 'prerendered-decode',
  stepMap: 'steps/map-6.json',
}
const boot = (manifest: BootManifest, win: Window, scriptUrl: string) => {
  bootWith(manifest, win, scriptUrl, followWalk)
}

/** A step map of two questions (the second shown per app) and a step; only some screens are prerendered. */
const STEP_MAP: StepMap = {
  neutralProvider: { name: null, submissionPort: 587 },
  nodes: {
    'q-when': {
      question: true,
      answers: { 'on-send': { next: 'q-app' }, later: { next: 'fix-later' }, port: { next: 'fix-port' } },
    },
    'fix-port': { neutralOnly: true, screens: { '[]': 'port.html' } },
    'q-app': {
      question: true,
      answers: {
        thunderbird: { next: 'q-who', facts: { app: 'thunderbird' } },
        outlook: { next: 'q-who', facts: { app: 'outlook' } },
      },
      screens: { '[]': 'app.html' },
    },
    'q-who': {
      question: true,
      dependsOn: ['app'],
      answers: {
        outside: { next: 'fix-later' },
        'tb-only': { next: 'fix-later', when: [{ fact: 'app', in: ['thunderbird'] }] },
      },
      screens: { '["thunderbird"]': 'who-tb.html', '["outlook"]': 'who-outlook.html' },
    },
    'fix-later': {},
  },
}
const SCREENS: Record<string, string> = {
  'app.html':
    '<div data-step-screen=""><p data-question-number="1">Question 1</p><h1>Which mail app?</h1><button disabled>Thunderbird</button></div>',
  'who-tb.html':
    '<div data-step-screen=""><p data-question-number="2">Question 2</p><h1>Who can you not send to? (Thunderbird)</h1><details data-open-from="(min-width: 48rem)"><summary>Why</summary></details></div>',
  'port.html': '<div data-step-screen=""><h1>Use port 587</h1></div>',
  'who-outlook.html': '<div data-step-screen=""><h1>Who can you not send to? (Outlook)</h1></div>',
}

/**
 * A `fetch` that serves the step map and screens (resolving on the next microtask), and `provider` as
 * provider.json when given; `fail` names URLs that answer 404.
 */
function stepFetch(fail: readonly string[] = [], provider?: string) {
  const requested: string[] = []
  const fetch = (input: string) => {
    requested.push(input)
    const name = input.startsWith(STEPS) ? input.slice(STEPS.length) : ''
    const body =
      name === 'map-6.json'
        ? JSON.stringify(STEP_MAP)
        : input.endsWith('/provider.json')
          ? provider
          : SCREENS[name]
    const ok = body !== undefined && !fail.includes(input)
    return Promise.resolve({
      ok,
      status: ok ? 200 : 404,
      json: () => Promise.resolve(JSON.parse(body ?? 'null')),
      text: () => Promise.resolve(body ?? ''),
    })
  }
  return { fetch, requested }
}

/** Lets the fetches above, and what they lead to, run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const mainText = () => document.getElementById('main')?.textContent ?? ''
const ASSETS = 'https://help.example/support/relay-doctor/assets/'
const SCRIPT_URL = `${ASSETS}boot-x.js`
const STEPS = `${ASSETS}steps/`

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
    document.body.innerHTML = '<div id="root"><main id="main"><h1>Home</h1></main></div>'
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

  it('on a walk, shows the prerendered screen it ends on, then adds the app once it has painted', async () => {
    const { fetch, requested } = stepFetch()
    const { win, flush } = windowAt('#/w/q-when/on-send', { fetch })
    boot(MANIFEST, win, SCRIPT_URL)
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(document.documentElement.getAttribute('aria-busy')).toBe('true')
    expect(modules()).toEqual([])
    await settle()
    expect(requested).toEqual([`${STEPS}map-6.json`, `${STEPS}app.html`])
    expect(mainText()).toBe('Question 2Which mail app?Thunderbird')
    expect(document.querySelector('[data-question-number]')?.getAttribute('data-question-number')).toBe('2')
    expect(document.documentElement.getAttribute('data-boot')).toBe('screen')
    expect(document.documentElement.getAttribute('aria-busy')).toBe('true')
    expect(preloads()).toEqual([])
    flush()
    expect(preloads()).toEqual([`${ASSETS}index-0.js`, `${ASSETS}walk-1.js`, `${ASSETS}shared-2.js`])
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
  })

  it('on a walk, picks the screen for the facts its answers recorded, and opens a disclosure on a wide screen', async () => {
    const matchMedia = (query: string) => ({ matches: query === '(min-width: 48rem)' })
    const { win } = windowAt('#/w/q-when/on-send/thunderbird', { ...stepFetch(), matchMedia })
    boot(MANIFEST, win, SCRIPT_URL)
    await settle()
    expect(mainText()).toContain('(Thunderbird)')
    expect(document.querySelector('[data-question-number]')?.textContent).toBe('Question 3')
    expect(document.querySelector('details')?.open).toBe(true)
  })

  it.each([
    ['an unknown start', '#/w/nowhere/on-send'],
    ['an unknown answer', '#/w/q-when/never'],
    ['an answer not offered for the facts so far', '#/w/q-when/on-send/outlook/tb-only'],
    ['a screen that is not prerendered', '#/w/q-when/later'],
  ])('on a walk with %s, keeps the placeholder and fetches the app at once', async (_, hash) => {
    const { win } = windowAt(hash, stepFetch())
    boot(MANIFEST, win, SCRIPT_URL)
    await settle()
    expect(mainText()).toBe('Home')
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(preloads()).toEqual([`${ASSETS}index-0.js`, `${ASSETS}walk-1.js`, `${ASSETS}shared-2.js`])
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
  })

  it.each([
    ['missing', undefined],
    ['not JSON', '<!doctype html><p>Not found'],
    ['neutral', '{"name": null, "submissionPort": 587, "theme": {"accent": "#123456"}}'],
  ])(
    'on a walk to a screen with provider values, shows it while provider.json is %s',
    async (_, provider) => {
      const { win } = windowAt('#/w/q-when/port', { fetch: stepFetch([], provider).fetch })
      boot(MANIFEST, win, SCRIPT_URL)
      await settle()
      expect(mainText()).toBe('Use port 587')
    },
  )

  it.each([
    ['a name', '{"name": "Example Mail"}'],
    ['another port', '{"submissionPort": 2525}'],
  ])(
    'on a walk to a screen with provider values, keeps the placeholder when provider.json sets %s',
    async (_, provider) => {
      const { win } = windowAt('#/w/q-when/port', { fetch: stepFetch([], provider).fetch })
      boot(MANIFEST, win, SCRIPT_URL)
      await settle()
      expect(mainText()).toBe('Home')
      expect(modules()).toEqual([`${ASSETS}index-0.js`])
    },
  )

  it('on a walk whose map or screen does not arrive, fetches the app at once', async () => {
    for (const missing of [`${STEPS}map-6.json`, `${STEPS}app.html`]) {
      document.head.innerHTML = ''
      const { win } = windowAt('#/w/q-when/on-send', { fetch: stepFetch([missing]).fetch })
      boot(MANIFEST, win, SCRIPT_URL)
      await settle()
      expect(mainText()).toBe('Home')
      expect(modules()).toEqual([`${ASSETS}index-0.js`])
    }
  })

  it('on a walk whose screen comes after the time limit, starts the app and never shows it', async () => {
    const { win, elapse } = windowAt('#/w/q-when/on-send', stepFetch())
    boot(MANIFEST, win, SCRIPT_URL)
    elapse()
    expect(modules()).toEqual([`${ASSETS}index-0.js`])
    await settle()
    expect(mainText()).toBe('Home')
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(modules()).toHaveLength(1)
  })

  it('on a walk in a browser without fetch, fetches the app at once', () => {
    boot(MANIFEST, windowAt('#/w/q-when/on-send').win, SCRIPT_URL)
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
