import { expect, screenHeading, test } from './support/test.ts'

/** Presses Tab until the focused element has the given accessible text, then Enter. */
async function tabToAndPress(page: import('@playwright/test').Page, text: RegExp) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '')
    if (text.test(focused)) {
      const before = page.url()
      await page.keyboard.press('Enter')
      // Wait for the next screen: its heading takes focus, so the next Tab starts from there.
      await expect.poll(() => page.url()).not.toBe(before)
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
      return
    }
  }
  throw new Error(`Could not reach ${String(text)} with the Tab key`)
}

test('a whole path can be completed with the keyboard alone', async ({ page }) => {
  await page.goto('./')
  await expect(screenHeading(page)).toBeVisible()
  // Once the app has taken over the painted home (its paste button is enabled then): an entry link
  // followed before that opens the wizard as the page's first screen, which keeps the browser's focus.
  await expect(page.getByRole('button', { name: 'Read the error' })).toBeEnabled()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Skip to content' })).toBeFocused()
  await tabToAndPress(page, /sending from a mail app/)
  await expect(screenHeading(page)).toHaveText('When do you see the error?')
  await expect(screenHeading(page)).toBeFocused()
  await tabToAndPress(page, /Right away when I press Send/)
  await tabToAndPress(page, /^Thunderbird$/)
  await expect(screenHeading(page)).toHaveText('Who can you not send to?')
  await tabToAndPress(page, /Only people outside/)
  await tabToAndPress(page, /I am not sure/)
  await expect(screenHeading(page)).toHaveText('Turn on sign-in for the outgoing server')
  await tabToAndPress(page, /That fixed it/)
  await expect(screenHeading(page)).toHaveText('Fixed: your mail is going out')
  await expect(screenHeading(page)).toBeFocused()
})

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('./')
  await expect(screenHeading(page)).toBeVisible()
  // The home screen paints from the HTML before the app's code runs; its controls work once the app
  // has taken over, which the paste form shows by enabling its button.
  await expect(page.getByRole('button', { name: 'Read the error' })).toBeEnabled()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})
