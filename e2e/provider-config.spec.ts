import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, screenHeading, test } from './support/test.ts'
import { walkUrl } from './support/walk.ts'

const ASK_AUTH = walkUrl('eu-ask-enable-auth')
const NEUTRAL_ASK_AUTH = 'Ask your email provider to turn on SMTP authentication'
const PORT_STEP = walkUrl('eu-start', ['on-send', 'other', 'external', 'on', '25-or-none'])
const NOTE = 'Some of this site’s support settings could not be read, so general instructions are shown.'

const serveJson = (page: Page, body: unknown) =>
  page.route('**/provider.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  )

/** What the app tells the host in the browser console (warnings and info). */
function hostConsole(page: Page): string[] {
  const seen: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'info') seen.push(message.text())
  })
  return seen
}

/** Chromium logs a failed resource load as a console error; that one is expected here, nothing else. */
function dropFailedLoad(pageProblems: string[], status: number) {
  const expected = `Failed to load resource: the server responded with a status of ${String(status)}`
  const rest = pageProblems.filter((p) => !p.startsWith(expected))
  pageProblems.splice(0, pageProblems.length, ...rest)
}

test('a provider.json that never answers: the first screen appears within seconds, in neutral wording', async ({
  page,
}) => {
  const logged = hostConsole(page)
  // The request is held forever: the handler never fulfils, continues or aborts it.
  await page.route('**/provider.json', () => undefined)
  const started = Date.now()
  await page.goto(ASK_AUTH)
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(screenHeading(page)).toHaveText(NEUTRAL_ASK_AUTH, { timeout: 8000 })
  expect(Date.now() - started).toBeLessThan(8000)
  await expect(page.getByRole('status').filter({ hasText: NOTE })).toHaveCount(0)
  expect(logged.join('\n')).toContain('provider.json could not be loaded (no answer within 3 s)')
})

test('an HTML answer (an “index.html for every path” host) counts as no file: neutral wording, no box', async ({
  page,
}) => {
  await page.route('**/provider.json', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html><body><div id="root"></div></body></html>',
    }),
  )
  await page.goto(ASK_AUTH)
  await expect(screenHeading(page)).toHaveText(NEUTRAL_ASK_AUTH)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByText(NOTE)).toHaveCount(0)
})

test('a server error is told to the host, and the user gets the neutral wording', async ({
  page,
  pageProblems,
}) => {
  const logged = hostConsole(page)
  await page.route('**/provider.json', (route) => route.fulfill({ status: 500, body: 'Internal error' }))
  await page.goto(ASK_AUTH)
  await expect(screenHeading(page)).toHaveText(NEUTRAL_ASK_AUTH)
  await expect(page.getByText(NOTE)).toHaveCount(0)
  await expect.poll(() => logged.join('\n')).toContain('could not be loaded (the server answered HTTP 500)')
  dropFailedLoad(pageProblems, 500)
})

test('a missing provider.json (404) is the normal case: nothing shown, nothing reported', async ({
  page,
  pageProblems,
}) => {
  const logged = hostConsole(page)
  await page.route('**/provider.json', (route) => route.fulfill({ status: 404, body: 'Not found' }))
  await page.goto(ASK_AUTH)
  await expect(screenHeading(page)).toHaveText(NEUTRAL_ASK_AUTH)
  await expect(page.getByText(NOTE)).toHaveCount(0)
  expect(logged.filter((line) => line.includes('provider.json'))).toEqual([])
  dropFailedLoad(pageProblems, 404)
})

test('one bad field is ignored, the good ones are used, and the user sees one neutral line', async ({
  page,
}) => {
  const logged = hostConsole(page)
  await serveJson(page, { name: 'Acme Mail', submissionPort: 99999, colour: 'red' })
  await page.goto(ASK_AUTH)
  await expect(screenHeading(page)).toHaveText('Ask Acme Mail to turn on SMTP authentication')
  await expect(page.getByRole('status').filter({ hasText: NOTE })).toBeVisible()
  await expect(page.getByText(/submissionPort|not a known setting/)).toHaveCount(0)
  await expectNoAxeViolations(page)
  await page.goto(PORT_STEP)
  await expect(page.getByText('Set the outgoing port to 587')).toBeVisible()
  const warning = logged.find((line) => line.startsWith('Relay Doctor: provider.json has 2 problems'))
  expect(warning).toContain('"submissionPort" must be a whole number from 1 to 65535 (found 99999)')
  expect(warning).toContain('"colour" is not a known setting')
})

test('a flood of 200,000 unknown keys puts no list on screen and a capped list in the console', async ({
  page,
}) => {
  const logged = hostConsole(page)
  const flood = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`key${String(i)}`, i]))
  await serveJson(page, { ...flood, name: 'Acme Mail' })
  await page.goto(ASK_AUTH)
  await expect(screenHeading(page)).toHaveText('Ask Acme Mail to turn on SMTP authentication')
  await expect(page.getByText(NOTE)).toBeVisible()
  await expect(page.getByText('not a known setting')).toHaveCount(0)
  expect(await page.locator('li').count()).toBeLessThan(20)
  const warning = logged.find((line) => line.startsWith('Relay Doctor: provider.json has 200,000 problems'))
  expect(warning?.split('\n')).toHaveLength(23)
  expect(warning).toContain('… and 199,980 more')
})

test('a provider.json that is not JSON: neutral wording, one neutral line, and the app still works', async ({
  page,
}) => {
  await serveJson(page, '{ not json')
  await page.goto('./')
  await expect(page.getByText(NOTE)).toBeVisible()
  await page.getByRole('link', { name: /sending from a mail app/ }).click()
  await expect(screenHeading(page)).toHaveText('When do you see the error?')
})

test('provider values render literally, never as markup', async ({ page }) => {
  const name = '**Bold** `Mail` [x](y)'
  await serveJson(page, { name })
  await page.goto(ASK_AUTH)
  await expect(screenHeading(page)).toHaveText(`Ask ${name} to turn on SMTP authentication`)
  await expect(screenHeading(page).locator('strong, code, a')).toHaveCount(0)
})

test('a valid provider.json fills in the provider’s details', async ({ page }) => {
  await serveJson(page, { name: 'Acme Mail', outgoingServer: 'smtp.acme.example', submissionPort: 2525 })
  await page.goto(walkUrl('eu-start', ['on-send', 'other', 'everyone']))
  await expect(page.getByText(/the one your provider publishes for sending: smtp.acme.example/)).toBeVisible()
  await page.goto(PORT_STEP)
  await expect(page.getByText('Set the outgoing port to 2525')).toBeVisible()
  await expect(page.getByText(NOTE)).toHaveCount(0)
})
