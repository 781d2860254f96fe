import { COMPILE_HINT } from '../scripts/compile-hints.ts'
import { formatMessage } from '../src/config/messages.ts'
import { expect, screenHeading, test } from './support/test.ts'

/** The app's own bundles: the entry and its lazy chunks (not boot.js or the step-screen script, which run whole at once). */
const APP_BUNDLE = /\/assets\/(?!boot-)[\w-]+\.js$/

test('every bundle on the way into the wizard asks the browser to compile it as it loads', async ({
  page,
}) => {
  const bundles = new Set<string>()
  page.on('request', (request) => {
    if (APP_BUNDLE.test(new URL(request.url()).pathname)) bundles.add(request.url())
  })
  await page.goto('./')
  await page.getByRole('link', { name: new RegExp(formatMessage('en', 'entry.end-user.label')) }).click()
  await expect(screenHeading(page)).toHaveText('When do you see the error?')

  // The entry, the wizard's chunk and the tree's at least; each starts with the hint, or V8 ignores it.
  expect(bundles.size).toBeGreaterThanOrEqual(3)
  for (const url of bundles) {
    const body = await (await page.request.get(url)).text()
    expect(body.slice(0, COMPILE_HINT.length + 1), url).toBe(`${COMPILE_HINT}\n`)
  }
})
