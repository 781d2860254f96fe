import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/test.ts'

const REFUSAL =
  'Mar 14 09:42:01 mail postfix/smtpd[2301]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: 554 5.7.1 <bob@example.net>: Relay access denied'
/** The built worker script, whatever its content hash. */
const WORKER_SCRIPT = /\/assets\/decode\.worker-[\w-]+\.js$/
/**
 * About 4 MB that the decoder reads slowly: a first line of "said" and a long run of spaces (its
 * patterns backtrack over it; it takes the decoder tens of seconds), then plain words. Lines are kept
 * to what a text box can draw quickly: a single multi-megabyte line costs the browser seconds per
 * frame just to paint, which would hide what this test measures.
 */
const HOSTILE = `said${' '.repeat(200_000)}\n${'lorem ipsum dolor sit amet '.repeat(145_000)}`
const ANY_RESULT = /What the error says|We couldn’t recognise this text|We couldn’t read this text/

const pasteBox = (page: Page) => page.getByLabel('Error message, bounce or log line')
const read = (page: Page) => page.getByRole('button', { name: 'Read the error' }).click()

/** Serves `body` in place of the decode worker; the returned list records each time it was asked for. */
async function replaceWorker(page: Page, response: { status?: number; body: string }) {
  const served: string[] = []
  await page.route(WORKER_SCRIPT, async (route) => {
    served.push(route.request().url())
    await route.fulfill({ contentType: 'text/javascript', ...response })
  })
  return served
}

/**
 * Starts a timer on the page's thread (if decoding blocked the thread, it would stop ticking), then
 * clicks Read the error, with a plain DOM call when `domClick` (Playwright's own locator work runs on the
 * page's thread too and is slow on megabytes of text). Returns the page time of the click.
 */
async function startTicking(page: Page, domClick = false): Promise<number> {
  const start = await page.evaluate((click) => {
    const ticks: number[] = []
    Object.assign(window, { ticks })
    setInterval(() => ticks.push(performance.now()), 50)
    const started = performance.now()
    if (click) document.querySelector<HTMLButtonElement>('main button[type="submit"]')?.click()
    return started
  }, domClick)
  if (!domClick) await read(page)
  return start
}

/** The timer started at `start` kept firing until now: no pause of the page's thread over 1.5 s. */
async function expectTimerKeptFiring(page: Page, start: number) {
  const { ticks, end } = await page.evaluate(() => ({
    ticks: (window as unknown as { ticks: number[] }).ticks,
    end: performance.now(),
  }))
  const times = [start, ...ticks.filter((t) => t > start && t < end), end]
  const longestGap = Math.max(...times.slice(1).map((t, i) => t - (times[i] ?? t)))
  expect(times.length, 'timer ticks while decoding').toBeGreaterThan((end - start) / 50 / 5)
  expect(longestGap, 'longest pause of the page’s thread (ms)').toBeLessThan(1500)
  return end - start
}

test.describe('decoding in a worker', () => {
  test('the worker loads under the strict CSP from a sub-path and decodes', async ({ page }) => {
    await page.goto('/help/relay-doctor/#/decode')
    await pasteBox(page).fill(REFUSAL)
    const worker = page.waitForEvent('worker')
    await read(page)
    expect((await worker).url()).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/help\/relay-doctor\/assets\/decode\.worker-/,
    )
    await expect(page.getByRole('heading', { level: 2, name: 'What the error says' })).toBeFocused()
    await expect(page.getByRole('status').filter({ hasText: 'Finished reading.' })).toBeAttached()
    await expect(page.getByText('Your own provider’s outgoing server refused to send it on.')).toBeVisible()
  })

  test('the page stays responsive while a hostile 4 MB paste is decoded', async ({ page }) => {
    test.slow()
    await page.goto('./#/decode')
    await pasteBox(page).fill(HOSTILE)
    // While the timer runs, the test clicks and waits with plain DOM calls (see startTicking).
    const start = await startTicking(page, true)
    await page.waitForFunction(() => document.getElementById('decode-result') !== null, undefined, {
      polling: 250,
      timeout: 20_000,
    })
    await expectTimerKeptFiring(page, start)
    await expect(page.getByRole('heading', { level: 2, name: ANY_RESULT })).toBeVisible()
  })

  test('a worker that never answers is stopped after its time budget, with the questions offered', async ({
    page,
  }) => {
    const served = await replaceWorker(page, { body: 'for (;;) {}' })
    await page.goto('./#/decode')
    await pasteBox(page).fill(REFUSAL)
    const start = await startTicking(page)
    await expect(page.getByRole('status').filter({ hasText: 'Reading…' })).toBeAttached()
    const heading = page.getByRole('heading', { level: 2, name: 'We couldn’t read this text' })
    await expect(heading).toBeFocused({ timeout: 10_000 })
    // The page's thread kept running while the worker spun, until its time budget (about 2 s) ran out.
    expect(await expectTimerKeptFiring(page, start)).toBeGreaterThan(1500)
    expect(served).toHaveLength(1)
    await expect(
      page.getByText('This text is too long or too unusual to read quickly. Paste just the error lines.'),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    // The page is still usable: the box takes text, and the questions are one click away.
    await pasteBox(page).fill('554 5.7.1 Relay access denied')
    await expect(pasteBox(page)).toHaveValue('554 5.7.1 Relay access denied')
    await page.getByRole('link', { name: 'Answer the questions instead' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('When do you see the error?')
  })

  test('a worker that fails to load is reported, with the questions offered', async ({
    page,
    pageProblems,
  }) => {
    const served = await replaceWorker(page, { status: 404, body: 'Not found' })
    await page.goto('./#/decode')
    await pasteBox(page).fill(REFUSAL)
    await read(page)
    await expect(page.getByRole('heading', { level: 2, name: 'We couldn’t read this text' })).toBeFocused()
    expect(served).toHaveLength(1)
    await expect(page.getByText('The reader stopped working in this browser.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Answer the questions instead' })).toBeVisible()
    // The browser itself logs the failed script load; nothing else may be logged.
    const others = pageProblems.filter((p) => !/404|decode\.worker/.test(p))
    expect(others).toEqual([])
    pageProblems.length = 0
  })
})

test.describe('size limit and storage', () => {
  const OVER_LIMIT = 'That is larger than 5 MB. Paste just the error lines.'

  test('a paste over 5 MB is refused whole with the limit stated', async ({ page }) => {
    await page.goto('./#/decode')
    await pasteBox(page).fill('554 5.7.1 Relay access denied')
    await pasteBox(page).fill('x'.repeat(5 * 1024 * 1024 + 1))
    await expect(page.getByText(OVER_LIMIT)).toBeVisible()
    await expect(pasteBox(page)).toHaveValue('554 5.7.1 Relay access denied')
    await expectNoAxeViolations(page)
  })

  test('a file over 5 MB is refused with the limit stated', async ({ page }) => {
    await page.goto('./')
    const chooser = page.getByLabel('Or choose a saved bounce email (.eml)')
    // The prerendered home enables its form once the app has taken over; a disabled input takes no file.
    await expect(chooser).toBeEnabled()
    await chooser.setInputFiles({
      name: 'huge.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'x'),
    })
    await expect(page.getByText(OVER_LIMIT)).toBeVisible()
    await expect(pasteBox(page)).toHaveValue('')
  })

  test('a paste the tab cannot store says so, and is still read', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (
        this: Storage,
        key: string,
        value: string,
      ) => void
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'relay-doctor.paste') throw new DOMException('Quota exceeded', 'QuotaExceededError')
        setItem.call(this, key, value)
      }
    })
    await page.goto('./#/decode')
    await pasteBox(page).fill(REFUSAL)
    await expect(page.getByText('This tab could not store the text, so a reload will lose it.')).toBeVisible()
    await read(page)
    await expect(page.getByRole('heading', { level: 2, name: 'What the error says' })).toBeVisible()
    expect(await page.evaluate(() => sessionStorage.getItem('relay-doctor.paste'))).toBeNull()
  })
})
