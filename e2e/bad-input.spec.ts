import { expect, screenHeading, test } from './support/test.ts'
import { walkUrl } from './support/walk.ts'

test('an unknown node in the URL explains itself and offers a fresh start', async ({ page }) => {
  await page.goto(walkUrl('eu-nope'))
  await expect(screenHeading(page)).toHaveText('This link doesn’t lead to a step we know')
  await expect(page.getByText('(“eu-nope”)')).toBeVisible()
  await page.getByRole('link', { name: 'Start from the beginning' }).click()
  await expect(screenHeading(page)).toHaveText('When do you see the error?')
})

test('an answer that does not fit offers to continue from the last valid step', async ({ page }) => {
  await page.goto(walkUrl('eu-start', ['on-send', 'sideways', 'off']))
  await expect(screenHeading(page)).toHaveText('This link doesn’t lead to a step we know')
  await page.getByRole('link', { name: 'Continue from the last valid step' }).click()
  await expect(screenHeading(page)).toHaveText('Which mail app are you using?')
})

test('malformed escapes and markup in the URL render as plain text', async ({ page }) => {
  await page.goto('./#/w/%E0%A4%A/<img src=x onerror=alert(1)>')
  await expect(screenHeading(page)).toHaveText('This link doesn’t lead to a step we know')
  await expect(page.locator('img')).toHaveCount(0)
})

test('an unknown page shows a not-found message with a way home', async ({ page }) => {
  await page.goto('./#/somewhere/else')
  await expect(screenHeading(page)).toHaveText('Page not found')
  await page.getByRole('link', { name: 'Go to the start page' }).click()
  await expect(screenHeading(page)).toHaveText('Fix the “Relay access denied” email error')
})

test.describe('without storage', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const broken = () => {
        throw new DOMException('Storage is disabled', 'SecurityError')
      }
      Object.defineProperty(window, 'localStorage', { get: broken })
      Object.defineProperty(window, 'sessionStorage', { get: broken })
    })
  })

  test('the wizard still works when storage is unavailable', async ({ page }) => {
    await page.goto('./')
    await page.getByRole('link', { name: /sending from a mail app/ }).click()
    await page.getByRole('button', { name: /Right away when I press Send/ }).click()
    await expect(screenHeading(page)).toHaveText('Which mail app are you using?')
  })
})

test('corrupt saved state is ignored', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'relay-doctor.resume',
      '{"state":{"lastWalk":{"start":"<script>","answers":"x"}},"version":1}',
    )
  })
  await page.goto('./')
  await expect(screenHeading(page)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toHaveCount(0)
})

// provider.json that is broken, missing, slow or hostile: see provider-config.spec.ts.

test('a screen that fails to load shows an error with a way forward, never a blank page', async ({
  page,
  pageProblems,
}) => {
  await page.goto('./')
  await page.route(/assets\/walk-.*\.js$/, (route) => route.abort('failed'))
  await page.getByRole('link', { name: /sending from a mail app/ }).click()
  await expect(screenHeading(page)).toHaveText('Something went wrong')
  await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible()
  await page.unroute(/assets\/walk-.*\.js$/)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(screenHeading(page)).toHaveText('When do you see the error?')
  pageProblems.length = 0
})
