import type { Page, Route } from '@playwright/test'
import { formatMessage, type MessageKey } from '../src/config/messages.ts'
import { DECODE_MESSAGES } from '../src/config/messages-decode.ts'
import '../src/config/messages-clear.ts'
import { replay } from '../src/engine/walk.ts'
import { stepCodec } from '../src/trees/step-codec.ts'
import { tree } from '../src/trees/tree.ts'
import { expect, expectNoAxeViolations, screenHeading, test } from './support/test.ts'
import { walkUrl } from './support/walk.ts'

const text = (key: MessageKey) => formatMessage('en', key)
const SUB_PATH = '/help/relay-doctor/'
const MAIN_BUNDLE = /\/assets\/index-[\w-]+\.js$/
const WALK_CHUNK = /\/assets\/walk-[\w-]+\.js$/
const DECODE_CHUNK = /\/assets\/decode-[\w-]+\.js$/
const AGENT_CHUNK = /\/assets\/agent-[\w-]+\.js$/
const START_CHUNK = /\/assets\/start-[\w-]+\.js$/

/** Holds every request matching `url` until `release()` is called; `requested` tells whether one came. */
async function hold(page: Page, url: RegExp) {
  const held: Route[] = []
  let release!: () => void
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(url, async (route) => {
    held.push(route)
    await released
    await route.continue()
  })
  return { release, requested: () => held.length > 0 }
}

test.describe('the home screen is in the HTML', () => {
  for (const path of ['./', SUB_PATH]) {
    test(`the served HTML at ${path} holds the home screen before any script runs`, async ({ request }) => {
      const html = await (await request.get(path)).text()
      // As the browser receives it: the heading and the entries are there, as text.
      expect(html).toContain(`<h1 id="home-heading"`)
      expect(html).toContain(text('home.title'))
      expect(html).toContain(text('entry.end-user.label'))
      expect(html).toContain(text('entry.admin.label'))
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      expect(html).not.toMatch(/\sstyle=/)
    })
  }

  test.describe('with JavaScript switched off', () => {
    test.use({ javaScriptEnabled: false })

    test('the home heading and the entry links are visible', async ({ page }) => {
      await page.goto('./')
      await expect(screenHeading(page)).toHaveText(text('home.title'))
      await expect(page.getByRole('link', { name: new RegExp(text('entry.end-user.label')) })).toBeVisible()
      await expect(page.getByRole('link', { name: new RegExp(text('entry.admin.label')) })).toBeVisible()
      await expect(
        page.getByRole('link', { name: new RegExp(text('entry.end-user.label')) }),
      ).toHaveAttribute('href', '#/w/eu-start')
    })

    test('the paste form stays disabled until the app takes over, so it cannot be submitted natively', async ({
      page,
    }) => {
      await page.goto('./')
      await expect(page.getByRole('button', { name: text('paste.submit') })).toBeDisabled()
      await expect(page.getByLabel(text('paste.label'))).toBeDisabled()
    })
  })
})

test('React takes over the prerendered home as it is: same nodes, no hydration warning', async ({ page }) => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (/hydrat|did(n’|n')t match/i.test(message.text())) warnings.push(message.text())
  })
  const main = await hold(page, MAIN_BUNDLE)
  await page.goto('./', { waitUntil: 'commit' })
  await expect(screenHeading(page)).toHaveText(text('home.title'))
  // Before the app runs: mark the prerendered heading; a client render (after a mismatch) would replace it.
  await page.evaluate(() => {
    Object.assign(document.getElementById('home-heading') ?? {}, { prerendered: true })
  })
  main.release()
  await expect
    .poll(() =>
      page.evaluate(() => {
        const heading = document.getElementById('home-heading')
        return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber'))
      }),
    )
    .toBe(true)
  expect(
    await page.evaluate(
      () => (document.getElementById('home-heading') as { prerendered?: boolean } | null)?.prerendered,
    ),
  ).toBe(true)
  // Hydrated means working: the entry link goes to the wizard.
  await page.getByRole('link', { name: new RegExp(text('entry.end-user.label')) }).click()
  await expect(screenHeading(page)).toHaveText('When do you see the error?')
  expect(warnings).toEqual([])
})

test('the home screen has no accessibility violations once the app runs', async ({ page }) => {
  await page.goto('./')
  await expect(screenHeading(page)).toHaveText(text('home.title'))
  await expectNoAxeViolations(page)
})

test('a walk link without a prerendered screen fetches its chunk next to the main bundle and shows a placeholder, never the home', async ({
  page,
}) => {
  // The provider's server name is in this screen's text, so its screen prerendered with the neutral values is not shown.
  await page.route('**/provider.json', (route) =>
    route.fulfill({ json: { outgoingServer: 'smtp.example.org' } }),
  )
  const main = await hold(page, MAIN_BUNDLE)
  const walk = await hold(page, WALK_CHUNK)
  await page.goto(walkUrl('eu-start', ['on-send', 'outlook-classic', 'everyone']), { waitUntil: 'commit' })
  // The main bundle has not run, yet the walk chunk is already asked for.
  await expect.poll(() => walk.requested()).toBe(true)
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'deep')
  await expect(page.getByRole('heading', { name: text('home.title') })).toBeHidden()
  main.release()
  // The app runs; its screen waits for the walk chunk: a busy placeholder, focus left alone.
  const placeholder = page
    .locator('#main [aria-busy="true"]')
    .filter({ has: page.locator('.screen-placeholder') })
  await expect(placeholder).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: text('app.loading') })).toBeAttached()
  await expect(page.getByRole('heading', { name: text('home.title') })).toHaveCount(0)
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
  await expectNoAxeViolations(page)
  walk.release()
  await expect(screenHeading(page)).toBeVisible()
  await expect(page.getByText(/smtp\.example\.org/).first()).toBeVisible()
  await expect(placeholder).toHaveCount(0)
  await expect(page.locator('html')).not.toHaveAttribute('data-boot')
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy')
})

/** The code of the walk eu-start → on-send, as a step code link carries it. */
function codeOfFirstAnswer(): string {
  const result = replay(tree, 'eu-start', ['on-send'])
  if (!result.ok) throw new Error('the walk eu-start/on-send no longer replays')
  return stepCodec.encode(result.walk)
}

for (const link of [
  {
    name: 'a step code link',
    path: () => `./#/c/${codeOfFirstAnswer()}`,
    chunks: [WALK_CHUNK],
    shown: (page: Page) => screenHeading(page).filter({ hasText: 'Which mail app are you using?' }),
  },
  {
    name: 'a start link',
    path: () => './#/start/end-user',
    chunks: [START_CHUNK, WALK_CHUNK],
    shown: (page: Page) => screenHeading(page).filter({ hasText: 'When do you see the error?' }),
  },
  {
    name: 'an agent view link',
    path: () => './#/agent/w/eu-start/on-send',
    chunks: [AGENT_CHUNK],
    shown: (page: Page) => page.getByRole('textbox', { name: 'Note for this step' }),
  },
])
  test(`${link.name} fetches its chunks next to the main bundle and shows the placeholder, then its screen`, async ({
    page,
  }) => {
    const main = await hold(page, MAIN_BUNDLE)
    const chunks = await Promise.all(link.chunks.map((chunk) => hold(page, chunk)))
    await page.goto(link.path(), { waitUntil: 'commit' })
    // Before the main bundle has run: the route's chunks are asked for, and the placeholder replaces the home.
    for (const chunk of chunks) await expect.poll(() => chunk.requested()).toBe(true)
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'deep')
    await expect(page.locator('#root')).toHaveAttribute('aria-busy', 'true')
    await expect(page.getByRole('heading', { name: text('home.title') })).toBeHidden()
    main.release()
    for (const chunk of chunks) chunk.release()
    await expect(link.shown(page)).toBeVisible()
    await expect(page.locator('.screen-placeholder')).toHaveCount(0)
    await expect(page.locator('html')).not.toHaveAttribute('data-boot')
    await expect(page.getByRole('heading', { name: text('home.title') })).toHaveCount(0)
  })

test('the decode link shows its real screen from the HTML before any of the app has run', async ({
  page,
}) => {
  const main = await hold(page, MAIN_BUNDLE)
  await page.goto('./#/decode', { waitUntil: 'commit' })
  // boot.js put the prerendered decode screen in place: its text, its controls (off until the app runs).
  await expect(screenHeading(page)).toHaveText(text('paste.title'))
  await expect(page.getByText(text('paste.lead'))).toBeVisible()
  await expect(page.getByLabel(text('paste.label'))).toBeDisabled()
  await expect(page.getByRole('button', { name: text('paste.submit') })).toBeDisabled()
  await expect(page.getByRole('button', { name: text('clear.button') })).toBeDisabled()
  await expect(page.getByRole('heading', { name: text('home.title') })).toHaveCount(0)
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'screen')
  await expect.poll(() => main.requested()).toBe(true)
  // The screen is shown first; the app is fetched after it has painted.
  await expect(page.locator('.screen-placeholder')).toHaveCount(0)
  main.release()
  // The app takes over without a placeholder in between: the same screen, now working.
  await expect(page.getByLabel(text('paste.label'))).toBeEnabled()
  await expect(screenHeading(page)).toHaveText(text('paste.title'))
  await expect(page.locator('.screen-placeholder')).toHaveCount(0)
  await expect(page.locator('html')).not.toHaveAttribute('data-boot')
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy')
  await page.getByLabel(text('paste.label')).fill('554 5.7.1 <bob@example.org>: Relay access denied')
  await page.getByRole('button', { name: text('paste.submit') }).click()
  await expect(page.getByRole('heading', { level: 2, name: DECODE_MESSAGES['decode.title'] })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the decode link fetches its chunk before the main bundle has run', async ({ page }) => {
  const main = await hold(page, MAIN_BUNDLE)
  const decode = await hold(page, DECODE_CHUNK)
  await page.goto('./#/decode', { waitUntil: 'commit' })
  await expect.poll(() => decode.requested()).toBe(true)
  main.release()
  decode.release()
  await expect(screenHeading(page)).toHaveText(text('paste.title'))
})

test('a deep link under a sub-path preloads from that sub-path', async ({ page }) => {
  const walk = await hold(page, WALK_CHUNK)
  const preloads: string[] = []
  page.on('request', (request) => {
    if (WALK_CHUNK.test(request.url())) preloads.push(new URL(request.url()).pathname)
  })
  await page.goto(`${SUB_PATH}${walkUrl('eu-start').slice(2)}`)
  await expect.poll(() => walk.requested()).toBe(true)
  walk.release()
  await expect(screenHeading(page)).toHaveText('When do you see the error?')
  expect(preloads.every((path) => path.startsWith(`${SUB_PATH}assets/`))).toBe(true)
})

/** Tells the page the user has asked the browser to save data (Chromium's Save-Data setting). */
const saveData = (page: Page) =>
  page.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true })
  })

test('on home, the wizard’s code is prefetched once the page is idle, and the click takes it from the cache', async ({
  browser,
  baseURL,
}) => {
  // A page of its own: the guard every test has intercepts requests, and Playwright turns the
  // browser's cache off while it does. Its privacy check is done here by hand instead.
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  const origins = new Set<string>()
  page.on('request', (request) => origins.add(new URL(request.url()).origin))
  const prefetched = page.waitForEvent('requestfinished', (request) => WALK_CHUNK.test(request.url()))
  await page.goto('./')
  // No pointer has come near an entry: the page fetched it on its own, as a prefetch, not a module.
  const request = await prefetched
  const file = new URL(request.url()).pathname.split('/').pop() ?? ''
  await expect(page.locator(`link[rel="prefetch"][href$="/${file}"]`)).toHaveCount(1)
  await page.getByRole('link', { name: new RegExp(text('entry.end-user.label')) }).click()
  await expect(screenHeading(page)).toHaveText('When do you see the error?')
  const loads = await page.evaluate(
    (name) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith(`/${name}`))
        .map((entry) => {
          const timing = entry as PerformanceResourceTiming
          return { by: timing.initiatorType, bytes: timing.transferSize }
        }),
    file,
  )
  // The prefetch brought the file; the app's import took it from the cache (at most a revalidation,
  // headers only).
  expect(loads.map((load) => load.by)).toEqual(['link', 'script'])
  expect(loads[0]?.bytes).toBeGreaterThan(2048)
  expect(loads[1]?.bytes).toBeLessThan(1024)
  expect([...origins]).toEqual([new URL(baseURL ?? '').origin])
  await context.close()
})

test('for a user who asked to save data, home prefetches nothing', async ({ page }) => {
  await saveData(page)
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await page.goto('./', { waitUntil: 'load' })
  await expect(page.getByRole('button', { name: text('paste.submit') })).toBeEnabled()
  // Past the load event and an idle period, when the prefetch would have started.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))))
  expect(requested.filter((url) => WALK_CHUNK.test(url))).toEqual([])
  await expect(page.locator('link[rel="prefetch"]')).toHaveCount(0)
})

test('the wizard chunk is fetched on intent, before the click', async ({ page }) => {
  // Without the idle prefetch, so the intent is what fetches it.
  await saveData(page)
  await page.goto('./')
  const entry = page.getByRole('link', { name: new RegExp(text('entry.end-user.label')) })
  // Once React has taken the prerendered home over (its controls are off until then), as the
  // pointer's intent is seen by the app's handlers.
  await expect(page.getByRole('button', { name: text('paste.submit') })).toBeEnabled()
  const walkRequest = page.waitForRequest(WALK_CHUNK)
  await entry.hover()
  await walkRequest
  await entry.click()
  await expect(screenHeading(page)).toHaveText('When do you see the error?')
})

test('once the wizard’s code is here, the click renders the first step at once: no loading render, no placeholder', async ({
  page,
}) => {
  await saveData(page)
  await page.goto('./')
  const entry = page.getByRole('link', { name: new RegExp(text('entry.end-user.label')) })
  await expect(page.getByRole('button', { name: text('paste.submit') })).toBeEnabled()
  // The warm-up's file is fetched only once the wizard's code and provider.json are both ready.
  const warmedUp = page.waitForResponse(/\/assets\/steps\/first-[\w-]+\.html$/)
  await entry.hover()
  await warmedUp
  const seen = await page.evaluate(async () => {
    const link = document.querySelector<HTMLAnchorElement>('a[href="#/w/eu-start"]')
    link?.click()
    // React renders a click's update in a microtask queued during the click, so it has run by the
    // time this one does; a lazy route's loading render and later screen would not have.
    await Promise.resolve()
    return {
      heading: Array.from(document.querySelectorAll('h1')).find((h1) => h1.checkVisibility())?.textContent,
      placeholder: document.querySelector('.screen-placeholder, [aria-busy="true"]') !== null,
    }
  })
  expect(seen).toEqual({ heading: 'When do you see the error?', placeholder: false })
})

test('on intent, the entry’s first question is rendered unseen; the click shows that screen, the links below it just after', async ({
  page,
}) => {
  await page.goto('./')
  const entry = page.getByRole('link', { name: new RegExp(text('entry.end-user.label')) })
  await expect(page.getByRole('button', { name: text('paste.submit') })).toBeEnabled()
  const footerBefore = await page.locator('footer').boundingBox()
  await entry.hover()
  const prepared = page.locator('#screen-heading')
  await expect(prepared).toHaveText('When do you see the error?')
  // The hidden screen moves nothing on the home screen (as a sibling after it, it would add spacing).
  expect(await page.locator('footer').boundingBox()).toEqual(footerBefore)
  // Not seen, not in the accessibility tree, not focused, and home and its URL as they were.
  await expect(prepared).toBeHidden()
  await expect(page.getByRole('heading', { name: 'When do you see the error?' })).toHaveCount(0)
  await expect(screenHeading(page)).toHaveText(text('home.title'))
  await expectNoAxeViolations(page)
  await expect(page).toHaveURL(/\/$/)
  await prepared.evaluate((heading) => Object.assign(heading, { prepared: true }))
  const seen = await page.evaluate(async () => {
    document.querySelector<HTMLAnchorElement>('a[href="#/w/eu-start"]')?.click()
    await Promise.resolve()
    const heading = Array.from(document.querySelectorAll('h1')).find((h1) => h1.checkVisibility())
    return {
      heading: heading?.textContent,
      theOnePrepared: heading !== undefined && Object.hasOwn(heading, 'prepared'),
      linksBelow: document.querySelector('main nav') !== null,
    }
  })
  expect(seen).toEqual({ heading: 'When do you see the error?', theOnePrepared: true, linksBelow: false })
  await expect(page.getByRole('navigation', { name: 'Move through the questions' })).toBeVisible()
  await expect(page).toHaveURL(/#\/w\/eu-start$/)
  await expect(screenHeading(page)).toBeFocused()
  await expectNoAxeViolations(page)
})

for (const [entryKey, firstQuestion] of [
  ['entry.end-user.label', 'When do you see the error?'],
  ['entry.admin.label', 'Which mail flow is failing?'],
] as const)
  test(`on intent, the ${entryKey} entry’s first screen is laid out unseen and taken away`, async ({
    page,
  }) => {
    // Records every element added to or removed from the page: the warm-up's copy must come and go.
    await page.addInitScript(() => {
      const seen: { added: string[]; removed: string[] } = { added: [], removed: [] }
      Object.assign(window, { bodyChanges: seen })
      new MutationObserver((records) => {
        for (const record of records) {
          record.addedNodes.forEach((node) => {
            if (node instanceof Element) seen.added.push(node.outerHTML)
          })
          record.removedNodes.forEach((node) => {
            if (node instanceof Element) seen.removed.push(node.outerHTML)
          })
        }
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto('./')
    const entry = page.getByRole('link', { name: new RegExp(text(entryKey)) })
    await expect(page.getByRole('button', { name: text('paste.submit') })).toBeEnabled()
    const firstScreen = page.waitForResponse(/\/assets\/steps\/first-[\w-]+\.html$/)
    await entry.hover()
    const response = await firstScreen
    expect(response.ok()).toBe(true)
    expect(await response.text()).toContain(firstQuestion)
    const changes = () =>
      page.evaluate(
        () => (window as unknown as { bodyChanges: { added: string[]; removed: string[] } }).bodyChanges,
      )
    // (The entry's first question is also rendered unseen in the app's own tree, as the screen itself.)
    const copies = async () =>
      (await changes()).added.filter(
        (html) => html.includes(firstQuestion) && !html.includes(' id="screen-heading"'),
      )
    await expect.poll(copies).toHaveLength(1)
    const { removed } = await changes()
    const [copy = ''] = await copies()
    expect(copy).toMatch(/^<div class="invisible [^"]*" aria-hidden="true" inert="">/)
    expect(copy).not.toMatch(/ id="/)
    expect(removed).toContain(copy)
    // Nothing of it is left, to see or to find.
    await expect(page.getByText(firstQuestion).filter({ visible: true })).toHaveCount(0)
    await expect(page.locator('body > [aria-hidden="true"]')).toHaveCount(0)
    await entry.click()
    await expect(screenHeading(page)).toHaveText(firstQuestion)
  })

/** Serves `provider` late, loads home, and returns the layout shifts seen once its values have rendered. */
async function layoutShiftsWithLateProvider(page: Page, provider: object): Promise<number[]> {
  await page.route('**/provider.json', async (route) => {
    // Arrives well after the prerendered screen has painted and the app has taken it over.
    await new Promise((resolve) => setTimeout(resolve, 500))
    await route.fulfill({ json: provider })
  })
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  const settled = page.waitForResponse('**/provider.json')
  await page.goto('./')
  await expect(page.getByRole('button', { name: text('paste.submit') })).toBeEnabled()
  await expect(page.getByRole('heading', { name: text('home.title') })).toBeVisible()
  await settled
  // Two frames for the values to render.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  return page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)
}

test.describe('provider values that arrive after the first paint', () => {
  for (const [name, provider] of [
    [
      'the provider’s details',
      { name: 'Example Mail', outgoingServer: 'smtp.example.org', supportEmail: 'help@example.org' },
    ],
    [
      'a file with a mistake (the note in the footer)',
      { name: 'Example Mail', submissionPort: 'not a port' },
    ],
    ['a logo', { name: 'Example Mail', theme: { logo: 'favicon.svg' } }],
  ] as const)
    test(`${name}: the home screen does not move (no layout shift)`, async ({ page }) => {
      expect(await layoutShiftsWithLateProvider(page, provider)).toEqual([])
    })

  test.describe('on a 360 px wide phone', () => {
    test.use({ viewport: { width: 360, height: 740 } })

    test('a logo: the home screen does not move (no layout shift)', async ({ page }) => {
      expect(
        await layoutShiftsWithLateProvider(page, { name: 'Example Mail', theme: { logo: 'favicon.svg' } }),
      ).toEqual([])
      await expect(page.getByRole('img', { name: 'Example Mail' })).toBeVisible()
    })
  })
})
