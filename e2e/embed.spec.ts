import { type ChildProcess, spawn } from 'node:child_process'
import type { Server } from 'node:http'
import type { Page } from '@playwright/test'
import { frameFit, relayFrame, relayFrameHandle, test } from './support/embed.ts'
import { startHostServer } from './support/embed-host.ts'
import { expect, expectNoAxeViolations, screenHeading } from './support/test.ts'

// The portal runs on the next port: another origin than the app's.
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? '4173'}`
const HOST_PORT = Number(process.env.E2E_PORT ?? '4173') + 1
const HOST = `http://127.0.0.1:${String(HOST_PORT)}`
/** The same portal server under another name: an origin provider.json does not list. */
const STRANGER = `http://localhost:${String(HOST_PORT)}`
const SECRET = 'Relay access denied for secret-mailbox@private.example PASSWORD=hunter2'

// One portal server for the file, so the tests run one after another in one worker.
test.describe.configure({ mode: 'default' })
test.use({ allowedOrigins: [HOST] })

let host: Server
test.beforeAll(async () => {
  host = await startHostServer(HOST_PORT, APP)
})
test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve))
})

/** The app's provider.json, listing the portal; `extra` adds or overrides fields. */
const serveProvider = (page: Page, extra: Record<string, unknown> = {}) =>
  page.route(`${APP}/provider.json`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ name: 'Acme Mail', embedOrigins: [HOST], embedEvents: true, ...extra }),
    }),
  )

/** The events the api.html portal received, parsed, without the resize events. */
async function hostEvents(page: Page): Promise<Record<string, unknown>[]> {
  const lines = await page.locator('#events li').allTextContents()
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((e) => e.type !== 'resize')
}

const frameHeading = (page: Page) => relayFrame(page).getByRole('heading', { level: 1 })

/** The frame is exactly as tall as its content, and its document has nothing to scroll. */
async function expectFitted(page: Page) {
  await expect
    .poll(async () => {
      const fit = await frameFit(page)
      return Math.abs(fit.frameHeight - fit.content) <= 2 && fit.scrollHeight <= fit.clientHeight
    })
    .toBe(true)
}

test('the snippet puts the wizard in a frame that fits its content as it grows and shrinks, on phone and desktop widths', async ({
  page,
}) => {
  await serveProvider(page)
  await page.goto(`${HOST}/snippet.html`)
  await expect(frameHeading(page)).toHaveText('When do you see the error?')
  await expectFitted(page)
  const first = (await frameFit(page)).frameHeight

  await relayFrame(page)
    .getByRole('button', { name: /Right away when I press Send/ })
    .click()
  await expect(frameHeading(page)).toHaveText('Which mail app are you using?')
  await expectFitted(page)
  const taller = (await frameFit(page)).frameHeight
  expect(taller).toBeGreaterThan(first + 100)

  await relayFrame(page).getByRole('link', { name: 'Back' }).click()
  await expect(frameHeading(page)).toHaveText('When do you see the error?')
  await expectFitted(page)
  expect(Math.abs((await frameFit(page)).frameHeight - first)).toBeLessThanOrEqual(2)

  // A phone, and then the portal's window made wider: the text reflows and the frame follows.
  await page.setViewportSize({ width: 360, height: 740 })
  await expectFitted(page)
  const phone = (await frameFit(page)).frameHeight
  expect(phone).toBeGreaterThan(first)
  await page.setViewportSize({ width: 1280, height: 800 })
  await expectFitted(page)
  expect((await frameFit(page)).frameHeight).toBeLessThan(phone)
})

test('the portal hears ready, each step in order and the outcome, and never what the user typed', async ({
  page,
}) => {
  await serveProvider(page)
  await page.goto(`${HOST}/api.html`)
  await expect(frameHeading(page)).toBeVisible()
  const frame = relayFrame(page)
  // The home screen's paste form: the text is read in the frame and never sent to the portal.
  await frame.getByLabel('Error message, bounce or log line').fill(SECRET)
  await frame.getByRole('button', { name: 'Read the error' }).click()
  await expect(frame.getByRole('heading', { name: 'What the error says' })).toBeVisible()
  await frame.getByRole('link', { name: 'Relay Doctor', exact: true }).click()
  await frame.getByRole('link', { name: /sending from a mail app/ }).click()
  await expect(frameHeading(page)).toHaveText('When do you see the error?')
  await frame.getByRole('button', { name: /Right away when I press Send/ }).click()
  await frame.getByRole('button', { name: 'Thunderbird' }).click()
  await expect(frameHeading(page)).toHaveText('Who can you not send to?')
  await expect
    .poll(() => hostEvents(page))
    .toEqual([
      { source: 'relay-doctor', version: 1, type: 'ready' },
      {
        source: 'relay-doctor',
        version: 1,
        type: 'step',
        node: 'eu-start',
        kind: 'question',
        entry: 'end-user',
        depth: 0,
      },
      {
        source: 'relay-doctor',
        version: 1,
        type: 'step',
        node: 'eu-app',
        kind: 'question',
        entry: 'end-user',
        depth: 1,
      },
      {
        source: 'relay-doctor',
        version: 1,
        type: 'step',
        node: 'eu-scope',
        kind: 'question',
        entry: 'end-user',
        depth: 2,
      },
    ])

  // A link straight to an outcome: a step, then the outcome. Copy works inside the sandbox.
  const handle = await relayFrameHandle(page)
  await handle.evaluate(() => {
    window.location.hash = '#/w/eu-ask-enable-auth'
  })
  await expect(frameHeading(page)).toHaveText('Ask Acme Mail to turn on SMTP authentication')
  await expect
    .poll(async () => (await hostEvents(page)).slice(-2))
    .toEqual([
      {
        source: 'relay-doctor',
        version: 1,
        type: 'step',
        node: 'eu-ask-enable-auth',
        kind: 'outcome',
        entry: 'eu-ask-enable-auth',
        depth: 0,
      },
      {
        source: 'relay-doctor',
        version: 1,
        type: 'outcome',
        kind: 'contact-provider',
        node: 'eu-ask-enable-auth',
      },
    ])
  await frame.getByRole('button', { name: 'Copy message' }).click()
  await expect(frame.getByRole('status').filter({ hasText: 'Message copied' })).toBeAttached()
  await expect(frame.getByRole('link', { name: /mail app/ }).first()).toHaveAttribute('href', /^mailto:/)

  const everything = (await page.locator('#events').textContent()) ?? ''
  for (const piece of ['secret-mailbox', 'hunter2', 'private.example', 'Relay access denied'])
    expect(everything).not.toContain(piece)
})

/** The heights the api.html portal was told to size the frame to, in order. */
async function resizeHeights(page: Page): Promise<number[]> {
  const lines = await page.locator('#events li').allTextContents()
  return lines
    .map((line) => JSON.parse(line) as { type: string; height?: number })
    .flatMap((e) => (e.type === 'resize' && e.height !== undefined ? [e.height] : []))
}

test('the frame moves straight to each new height: no collapse while a screen loads', async ({ page }) => {
  await serveProvider(page, { embedEvents: false })
  // Opening at an entry loads the walk's code after the first paint: the moment it could collapse.
  await page.goto(`${HOST}/api.html?entry=end-user`)
  await expect(frameHeading(page)).toHaveText('When do you see the error?')
  await expectFitted(page)
  const first = (await frameFit(page)).frameHeight
  const onLoad = await resizeHeights(page)
  expect(Math.min(...onLoad)).toBeGreaterThanOrEqual(first - 2)

  const between = (heights: number[], from: number, to: number) =>
    heights.every((h) => h >= Math.min(from, to) - 2 && h <= Math.max(from, to) + 2)
  for (const [go, heading] of [
    [
      () =>
        relayFrame(page)
          .getByRole('button', { name: /Right away when I press Send/ })
          .click(),
      'Which mail app are you using?',
    ],
    [() => relayFrame(page).getByRole('link', { name: 'Back' }).click(), 'When do you see the error?'],
  ] as const) {
    const from = (await frameFit(page)).frameHeight
    const seen = (await resizeHeights(page)).length
    await go()
    await expect(frameHeading(page)).toHaveText(heading)
    await expectFitted(page)
    const to = (await frameFit(page)).frameHeight
    expect(between((await resizeHeights(page)).slice(seen), from, to)).toBe(true)
  }
})

test('without embedEvents the portal hears only ready and resize', async ({ page }) => {
  await serveProvider(page, { embedEvents: false })
  await page.goto(`${HOST}/api.html?entry=end-user`)
  await expect(frameHeading(page)).toHaveText('When do you see the error?')
  await relayFrame(page)
    .getByRole('button', { name: /Right away when I press Send/ })
    .click()
  await expect(frameHeading(page)).toHaveText('Which mail app are you using?')
  await expectFitted(page)
  expect(await hostEvents(page)).toEqual([{ source: 'relay-doctor', version: 1, type: 'ready' }])
})

test('messages from another origin or another window are ignored, in both directions', async ({ page }) => {
  await serveProvider(page)
  await page.goto(`${HOST}/api.html?entry=end-user`)
  await expect(frameHeading(page)).toHaveText('When do you see the error?')
  await expectFitted(page)
  const fitted = (await frameFit(page)).frameHeight
  const before = await hostEvents(page)
  const forged = [
    { source: 'relay-doctor', version: 1, type: 'resize', height: 5000 },
    { source: 'relay-doctor', version: 1, type: 'outcome', kind: 'resolved', node: 'eu-start' },
  ]
  // To the loader: from the portal's own window (wrong origin) …
  await page.evaluate((messages) => {
    for (const message of messages) window.postMessage(message, '*')
  }, forged)
  // … and from another frame of the app's origin (right origin, wrong window), which also tries
  // to command the Relay Doctor frame.
  await page.evaluate((app) => {
    const other = document.createElement('iframe')
    other.src = `${app}/robots.txt`
    other.title = 'Another frame'
    document.body.append(other)
  }, APP)
  await expect.poll(() => page.frame({ url: `${APP}/robots.txt` })).not.toBeNull()
  const other = page.frame({ url: `${APP}/robots.txt` })
  if (!other) throw new Error('the other frame did not load')
  await other.waitForLoadState()
  await other.evaluate(
    ({ messages, app }) => {
      for (const message of messages) window.parent.postMessage(message, '*')
      window.parent.frames[0]?.postMessage(
        { source: 'relay-doctor', version: 1, type: 'start', entry: 'admin' },
        app,
      )
    },
    { messages: forged, app: APP },
  )
  await page.waitForTimeout(300)
  expect((await frameFit(page)).frameHeight).toBe(fitted)
  expect(await hostEvents(page)).toEqual(before)
  await expect(frameHeading(page)).toHaveText('When do you see the error?')
})

test.describe('a portal that provider.json does not list', () => {
  test.use({ allowedOrigins: [HOST, STRANGER] })
  test('gets no messages from the frame and cannot command it', async ({ page }) => {
    const warnings: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })
    await serveProvider(page)
    await page.goto(`${STRANGER}/api.html?entry=end-user`)
    await expect(frameHeading(page)).toHaveText('When do you see the error?')
    await expect.poll(() => warnings.join('\n')).toContain('is not listed in provider.json')
    await page.getByRole('button', { name: 'Start the admin guide' }).click()
    await page.waitForTimeout(300)
    await expect(frameHeading(page)).toHaveText('When do you see the error?')
    await expect(page.locator('#events li')).toHaveCount(0)
  })
})

test('restart, start and destroy from the mount API', async ({ page }) => {
  await serveProvider(page)
  await page.goto(`${HOST}/api.html?entry=end-user&app=thunderbird`)
  // The app chosen by the link: the walk continues after "Which mail app?".
  await expect(frameHeading(page)).toHaveText('Who can you not send to?')
  await relayFrame(page)
    .getByRole('button', { name: /Only people outside/ })
    .click()
  await page.getByRole('button', { name: 'Restart' }).click()
  await expect(frameHeading(page)).toHaveText('Who can you not send to?')
  await page.getByRole('button', { name: 'Start the admin guide' }).click()
  await expect(frameHeading(page)).not.toHaveText('Who can you not send to?')
  expect((await hostEvents(page)).at(-1)).toMatchObject({ type: 'step', entry: 'admin', depth: 0 })
  // An entry the app does not have: the frame stays where it is and tells the portal.
  const admin = await frameHeading(page).textContent()
  await page.locator('iframe').evaluate((frame: HTMLIFrameElement, app) => {
    frame.contentWindow?.postMessage(
      { source: 'relay-doctor', version: 1, type: 'start', entry: 'nope' },
      app,
    )
  }, APP)
  await expect
    .poll(async () => (await hostEvents(page)).at(-1))
    .toMatchObject({ type: 'error', code: 'bad-entry' })
  await expect(frameHeading(page)).toHaveText(admin ?? '')
  await page.getByRole('button', { name: 'Remove' }).click()
  await expect(page.locator('iframe')).toHaveCount(0)
})

test('keyboard focus moves into the frame, through it, and back out to the portal', async ({ page }) => {
  await serveProvider(page)
  await page.goto(`${HOST}/snippet.html`)
  const frame = relayFrame(page)
  await expect(frame.getByRole('button', { name: /Right away when I press Send/ })).toBeEnabled()
  await page.getByRole('link', { name: 'A link before the frame' }).focus()
  await page.keyboard.press('Tab')
  await expect(frame.getByRole('button', { name: 'Skip to content' })).toBeFocused()
  const after = page.getByRole('link', { name: 'A link after the frame' })
  for (let i = 0; i < 40 && !(await after.evaluate((a) => a === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(after).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.locator('iframe')).toBeFocused()
  for (
    let i = 0;
    i < 40 &&
    !(await frame
      .getByRole('button', { name: 'Skip to content' })
      .evaluate((b) => b === document.activeElement));
    i++
  )
    await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('link', { name: 'A link before the frame' })).toBeFocused()
})

test('the demo portal with <relay-doctor> passes axe in light and dark, frame included', async ({ page }) => {
  await serveProvider(page)
  await page.goto(`${HOST}/embed-demo.html`)
  await expect(frameHeading(page)).toHaveText('When do you see the error?')
  await expect(
    page
      .getByRole('list')
      .filter({ hasText: 'step' })
      .getByText(/"node":"eu-start"/),
  ).toBeVisible()
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
  await relayFrame(page)
    .getByRole('button', { name: /Right away when I press Send/ })
    .click()
  await expect(frameHeading(page)).toHaveText('Which mail app are you using?')
  await page.getByRole('button', { name: 'Restart the guide' }).click()
  await expect(frameHeading(page)).toHaveText('When do you see the error?')
  // Taking the element out of the page removes its frame.
  await page.locator('relay-doctor').evaluate((element) => {
    element.remove()
  })
  await expect(page.locator('iframe')).toHaveCount(0)
})

test('the provider’s theme is applied in the frame; the host’s low-contrast accent is refused', async ({
  page,
}) => {
  await serveProvider(page, { theme: { accent: '#6d28d9', radius: 0, font: 'serif', mode: 'dark' } })
  const theme = encodeURIComponent(JSON.stringify({ accent: '#ffff00', mode: 'light' }))
  await page.goto(`${HOST}/api.html?theme=${theme}`)
  await expect(frameHeading(page)).toBeVisible()
  const read = relayFrame(page).getByRole('button', { name: 'Read the error' })
  // The host asked for light mode (accepted) and a yellow accent (refused: 1.07:1 on white), so the
  // app's own blue stays; the provider's radius and font stay too.
  await expect.poll(async () => (await hostEvents(page)).map((e) => e.type)).toContain('error')
  expect((await hostEvents(page)).find((e) => e.type === 'error')).toMatchObject({ code: 'bad-theme' })
  const ownLook = await page.context().newPage()
  await ownLook.goto(`${APP}/`)
  const ownBlue = await ownLook
    .getByRole('button', { name: 'Read the error' })
    .evaluate((button) => getComputedStyle(button).backgroundColor)
  await ownLook.close()
  await expect(read).toHaveCSS('background-color', ownBlue)
  await expect(read).toHaveCSS('border-radius', '0px')
  await expect(relayFrame(page).locator('html')).toHaveAttribute('data-mode', 'light')
  await expect(relayFrame(page).locator('body')).toHaveCSS('font-family', /Georgia|serif/)
  await expectNoAxeViolations(page)
})

test('a valid accent from provider.json colours the buttons in the frame, in dark mode too', async ({
  page,
}) => {
  await serveProvider(page, { theme: { accent: { light: '#6d28d9', dark: '#c4b5fd' } } })
  await page.goto(`${HOST}/api.html`)
  const read = relayFrame(page).getByRole('button', { name: 'Read the error' })
  await expect(read).toHaveCSS('background-color', 'rgb(109, 40, 217)')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(read).toHaveCSS('background-color', 'rgb(196, 181, 253)')
  await expectNoAxeViolations(page)
  await expect(screenHeading(page)).toHaveText('Portal with the mount API')
})

test('both pages are served under a strict CSP: the portal’s and the app’s, in the frame', async ({
  page,
}) => {
  await serveProvider(page)
  const frameDocument = page.waitForResponse(
    (response) => response.url().startsWith(`${APP}/`) && response.request().resourceType() === 'document',
  )
  const portal = await page.goto(`${HOST}/snippet.html`)
  const app = await frameDocument
  await expect(frameHeading(page)).toHaveText('When do you see the error?')
  for (const response of [portal, app]) {
    const csp = (await response?.allHeaders())?.['content-security-policy'] ?? ''
    expect(csp).toMatch(/(^|; )default-src 'self'/)
    expect(csp).toMatch(/(^|; )script-src 'self'/)
    expect(csp).toMatch(/(^|; )style-src 'self'(;|$)/)
    expect(csp).not.toContain('unsafe')
  }
})

test('the sandbox holds only what the app needs, and copy, mailto and print work inside it', async ({
  page,
}) => {
  await serveProvider(page)
  await page.goto(`${HOST}/api.html?entry=end-user`)
  await expect(frameHeading(page)).toHaveText('When do you see the error?')
  const iframe = page.locator('iframe[title^="Relay Doctor"]')
  const tokens = ((await iframe.getAttribute('sandbox')) ?? '').split(/\s+/).sort()
  expect(tokens).toEqual([
    'allow-forms',
    'allow-modals',
    'allow-popups',
    'allow-popups-to-escape-sandbox',
    'allow-same-origin',
    'allow-scripts',
  ])
  await expect(iframe).toHaveAttribute('allow', 'clipboard-write')

  const handle = await relayFrameHandle(page)
  await handle.evaluate(() => {
    window.location.hash = '#/w/eu-ask-enable-auth'
  })
  const frame = relayFrame(page)
  await expect(frameHeading(page)).toHaveText('Ask Acme Mail to turn on SMTP authentication')
  await frame.getByRole('button', { name: 'Copy message' }).click()
  await expect(frame.getByRole('status').filter({ hasText: 'Message copied' })).toBeAttached()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('SMTP authentication')

  // mailto: opens in a new window, which the sandbox allows (allow-popups) and lets out of the
  // sandbox; in the frame itself it would be blocked by the portal's frame-src and break the frame.
  const mailto = frame.getByRole('link', { name: /Open in my mail app/ })
  await expect(mailto).toHaveAttribute('href', /^mailto:/)
  await expect(mailto).toHaveAttribute('target', '_blank')
  await expect(mailto).toHaveAttribute('rel', /noopener/)
  const mailWindow = page.waitForEvent('popup')
  await mailto.click()
  await (await mailWindow).close()
  // Print: without allow-modals the browser ignores print() with a console error.
  await frame.getByRole('button', { name: 'Print' }).click()
  await page.waitForTimeout(300)
  await expect(frameHeading(page)).toHaveText('Ask Acme Mail to turn on SMTP authentication')
})

test('the provider’s low-contrast dark accent is refused and named; its logo shows only from its own origin', async ({
  page,
}) => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  // Dark blue: 8.6:1 on white (kept for light mode), 2.2:1 on the dark page (refused for dark mode).
  await serveProvider(page, { theme: { accent: '#1e40af', logo: 'favicon.svg' } })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(`${HOST}/api.html`)
  const read = relayFrame(page).getByRole('button', { name: 'Read the error' })
  await expect(read).toBeVisible()
  await expect.poll(() => warnings.join('\n')).toContain('"theme.accent" #1e40af is refused for dark mode')

  const ownLook = await page.context().newPage()
  await ownLook.emulateMedia({ colorScheme: 'dark' })
  await ownLook.goto(`${APP}/`)
  const ownDark = await ownLook
    .getByRole('button', { name: 'Read the error' })
    .evaluate((button) => getComputedStyle(button).backgroundColor)
  await ownLook.close()
  await expect(read).toHaveCSS('background-color', ownDark)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(read).toHaveCSS('background-color', 'rgb(30, 64, 175)')

  const logo = relayFrame(page).getByRole('img', { name: 'Acme Mail' })
  await expect(logo).toHaveAttribute('src', 'favicon.svg')
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await expectNoAxeViolations(page)
})

test('a logo from another site is refused: no image and no request', async ({ page }) => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  await serveProvider(page, { theme: { logo: 'https://cdn.example/logo.svg' } })
  await page.goto(`${HOST}/api.html`)
  await expect(frameHeading(page)).toBeVisible()
  await expect.poll(() => warnings.join('\n')).toContain('"theme.logo" must be a path on this site')
  await expect(relayFrame(page).getByRole('img')).toHaveCount(0)
})

test('help-center links open an entry, or the walk with the app chosen; a wrong link explains itself', async ({
  page,
}) => {
  await page.goto(`${APP}/#/start/admin`)
  await expect(screenHeading(page)).toHaveText('Which mail flow is failing?')
  await page.goto(`${APP}/#/start/end-user?app=thunderbird`)
  await expect(screenHeading(page)).toHaveText('Who can you not send to?')
  await page.goto(`${APP}/#/start/end-user?app=no-such-app`)
  await expect(screenHeading(page)).toHaveText('When do you see the error?')
  await page.goto(`${APP}/#/start/no-such-entry`)
  await expect(screenHeading(page)).toHaveText('Page not found')
  await page.getByRole('link', { name: 'Go to the start page' }).click()
  await expect(screenHeading(page)).toHaveText('Fix the “Relay access denied” email error')
})

test.describe('Relay Doctor served with frame-ancestors, as the README advises', () => {
  // A second app server (the documented command) and a portal for it, on the next two ports.
  const APP_PORT = HOST_PORT + 1
  const GUARDED_APP = `http://127.0.0.1:${String(APP_PORT)}`
  const PORTAL = `http://127.0.0.1:${String(APP_PORT + 1)}`
  const OTHER_PORTAL = `http://localhost:${String(APP_PORT + 1)}`
  const ancestors = `'self' ${PORTAL}`
  let app: ChildProcess
  let portal: Server
  test.use({ allowedOrigins: [GUARDED_APP, PORTAL, OTHER_PORTAL] })
  test.beforeAll(async () => {
    app = spawn(
      process.execPath,
      ['scripts/serve-static.mjs', '--port', String(APP_PORT), '--frame-ancestors', ancestors],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise((resolve) => app.stdout?.once('data', resolve))
    portal = await startHostServer(APP_PORT + 1, GUARDED_APP)
  })
  test.afterAll(async () => {
    app.kill()
    await new Promise((resolve) => portal.close(resolve))
  })

  test('a listed portal shows the frame; any other page is refused by the browser', async ({
    page,
    pageProblems,
  }) => {
    await page.route(`${GUARDED_APP}/provider.json`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ embedOrigins: [PORTAL] }) }),
    )
    const frameDocument = page.waitForResponse(
      (r) => r.url().startsWith(`${GUARDED_APP}/`) && r.request().resourceType() === 'document',
    )
    await page.goto(`${PORTAL}/snippet.html`)
    const csp = (await (await frameDocument).allHeaders())['content-security-policy'] ?? ''
    expect(csp).toContain(`frame-ancestors ${ancestors}`)
    await expect(frameHeading(page)).toHaveText('When do you see the error?')
    await expectFitted(page)

    await page.goto(`${OTHER_PORTAL}/snippet.html`)
    await expect
      .poll(() => pageProblems.join('\n'))
      .toContain(`violates the following Content Security Policy directive: "frame-ancestors ${ancestors}"`)
    await expect(frameHeading(page)).toHaveCount(0)
    // The refusal is what this test expects; anything else still fails it.
    const others = pageProblems.filter((p) => !p.includes('frame-ancestors'))
    expect(others).toEqual([])
    pageProblems.length = 0
  })
})
