import type { Page, Route } from '@playwright/test'
import { formatMessage, type MessageKey } from '../src/config/messages.ts'
import '../src/config/messages-wizard.ts'
import { expect, expectNoAxeViolations, screenHeading, test } from './support/test.ts'
import { appTookOver, walkUrl } from './support/walk.ts'

const text = (key: MessageKey, vars?: Record<string, number>) => formatMessage('en', key, vars)
const MAIN_BUNDLE = /\/assets\/index-[\w-]+\.js$/
const STEP_FILES = /\/assets\/steps\//

/** Holds the app's main bundle until `release()`, so what shows meanwhile comes from boot.js alone. */
async function holdApp(page: Page) {
  let release!: () => void
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  let requested = false
  await page.route(MAIN_BUNDLE, async (route: Route) => {
    requested = true
    await released
    await route.continue()
  })
  return { release, requested: () => requested }
}

/** Records layout shifts from the first paint on. */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  return () => page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)
}

const THUNDERBIRD_WHO = walkUrl('eu-start', ['on-send', 'thunderbird'])

test('a walk link shows its real screen from a prerendered file before any of the app has run', async ({
  page,
}) => {
  const app = await holdApp(page)
  const shifts = await watchLayoutShifts(page)
  await page.goto(THUNDERBIRD_WHO, { waitUntil: 'commit' })
  // boot.js followed the walk to its screen: the heading, the question's number for this walk, the answers (off until the app runs).
  await expect(screenHeading(page)).toHaveText('Who can you not send to?')
  await expect(page.getByText(text('wizard.stepCount', { n: 3 }), { exact: true })).toBeVisible()
  const answer = page.getByRole('button', { name: /Only people outside my own domain/ })
  await expect(answer).toBeDisabled()
  await expect(page.getByRole('heading', { name: text('home.title') })).toHaveCount(0)
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'screen')
  await expect(page.locator('#root')).toHaveAttribute('aria-busy', 'true')
  // What a screen reader meets before the app runs passes axe too.
  await expectNoAxeViolations(page)
  // The screen is shown first; the app is fetched after it has painted.
  await expect.poll(() => app.requested()).toBe(true)
  await expect(page.locator('.screen-placeholder')).toHaveCount(0)
  app.release()
  // The app takes over without a placeholder in between: the same screen, now working, with the rest of it.
  await expect(answer).toBeEnabled()
  await expect(page.getByRole('navigation', { name: text('wizard.navigation') })).toBeVisible()
  await expect(screenHeading(page)).toHaveText('Who can you not send to?')
  await expect(page.getByText(text('wizard.stepCount', { n: 3 }), { exact: true })).toBeVisible()
  await expect(page.locator('html')).not.toHaveAttribute('data-boot')
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy')
  expect(await shifts()).toEqual([])
  await expectNoAxeViolations(page)
  await answer.click()
  await expect(screenHeading(page)).not.toHaveText('Who can you not send to?')
})

test('the prerendered screen is the one for the answers given (here the mail app)', async ({ context }) => {
  const screens: Record<string, string> = {}
  for (const app of ['thunderbird', 'outlook-classic']) {
    // A fresh page each time: a new hash on the same page would not load the page again.
    const page = await context.newPage()
    const held = await holdApp(page)
    await page.goto(walkUrl('eu-start', ['on-send', app, 'external']), { waitUntil: 'commit' })
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'screen')
    const before = (await page.locator('#main section').textContent()) ?? ''
    held.release()
    await expect(page.locator('html')).not.toHaveAttribute('data-boot')
    expect(await page.locator('#main section').textContent()).toBe(before)
    screens[app] = before
    await page.close()
  }
  expect(screens.thunderbird).not.toBe(screens['outlook-classic'])
})

test('the deepest walk of the bench paints from its prerendered screen, and nothing moves when the app arrives', async ({
  page,
}) => {
  const app = await holdApp(page)
  const shifts = await watchLayoutShifts(page)
  const url = walkUrl('eu-start', [
    'bounce',
    'final',
    'mine',
    'outlook-classic',
    'everyone',
    'still-failing',
    'off',
    'still-failing',
    '25-or-none',
    'still-failing',
    'two-step',
    'still-failing',
    'no',
    'some-networks',
    'still-failing',
    'works',
    'still-failing',
    'fixed',
  ])
  await page.goto(url, { waitUntil: 'commit' })
  await expect(screenHeading(page)).toBeVisible()
  const heading = (await screenHeading(page).textContent()) ?? ''
  app.release()
  await expect(page.getByRole('navigation', { name: text('wizard.trail') })).toBeVisible()
  await expect(screenHeading(page)).toHaveText(heading)
  expect(await shifts()).toEqual([])
})

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } })

  test('a question’s explanation is open in the prerendered screen, as in the app', async ({ page }) => {
    const app = await holdApp(page)
    const shifts = await watchLayoutShifts(page)
    await page.goto(THUNDERBIRD_WHO, { waitUntil: 'commit' })
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'screen')
    await expect(page.locator('#main details')).toHaveAttribute('open', '')
    app.release()
    await expect(page.locator('html')).not.toHaveAttribute('data-boot')
    await expect(page.locator('#main details')).toHaveAttribute('open', '')
    expect(await shifts()).toEqual([])
  })
})

test('a walk link that is not valid shows the placeholder, then says why', async ({ page }) => {
  const app = await holdApp(page)
  await page.goto(walkUrl('eu-start', ['on-send', 'no-such-answer']), { waitUntil: 'commit' })
  await expect.poll(() => app.requested()).toBe(true)
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'deep')
  await expect(page.getByRole('heading', { name: text('home.title') })).toBeHidden()
  app.release()
  await expect(screenHeading(page)).toHaveText(text('badLink.title'))
})

test('without the step files (a host that lost them), a walk link still opens its screen through the app', async ({
  page,
  pageProblems,
}) => {
  await page.route(STEP_FILES, (route) => route.fulfill({ status: 404, body: 'Not found' }))
  await page.goto(THUNDERBIRD_WHO)
  await expect(screenHeading(page)).toHaveText('Who can you not send to?')
  await expect(page.getByRole('button', { name: /Only people outside my own domain/ })).toBeEnabled()
  // The browser reports the missing file in the console; nothing else may go wrong.
  expect(pageProblems.length).toBeGreaterThan(0)
  expect(pageProblems.filter((problem) => !/status of 404/.test(problem))).toEqual([])
  pageProblems.splice(0)
})

test('the prerendered screen cannot be operated before the app takes over, so no focus or input is lost', async ({
  page,
}) => {
  const app = await holdApp(page)
  await page.goto(THUNDERBIRD_WHO, { waitUntil: 'commit' })
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'screen')
  await expect(page.locator('[data-step-screen]')).toHaveAttribute('inert', '')
  // Tab skips it: focus goes from the skip link and the header straight past the screen.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('#main') ?? null)).toBeNull()
  app.release()
  await appTookOver(page)
  const why = page.getByText(text('wizard.whyWeAsk'))
  const details = page.locator('#main details')
  const wasOpen = await details.evaluate((element) => (element as HTMLDetailsElement).open)
  await why.focus()
  await page.keyboard.press('Enter')
  await expect(details).toHaveJSProperty('open', !wasOpen)
  await expect(why).toBeFocused()
})
