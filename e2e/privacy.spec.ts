import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/test.ts'
import { walkUrl } from './support/walk.ts'

const ERROR = '554 5.7.1 <friend@example.net>: Relay access denied'
const PASTE_KEY = 'relay-doctor.paste'
const DRAFT_KEY = 'relay-doctor.message-draft'
const KEPT = 'Kept only in this browser tab, and deleted when you close it or choose Clear what I entered.'
const CLEARED = 'Cleared. Nothing you entered is kept.'
/** An outcome that hands over to the provider, with answers behind it (so Start over is offered). */
const HANDOVER = [
  'on-send',
  'ios-mail',
  'external',
  'on',
  'ssl-on',
  'other',
  'yes',
  'changes',
  'no-auth-offered',
]

const stored = (page: Page) =>
  page.evaluate(
    ([paste, draft]) => ({
      paste: sessionStorage.getItem(paste ?? ''),
      draft: sessionStorage.getItem(draft ?? ''),
    }),
    [PASTE_KEY, DRAFT_KEY],
  )

/** Types a paste on the paste screen and a sender address in the message, as a user would. */
async function enterBoth(page: Page) {
  await page.goto(walkUrl('eu-start', HANDOVER))
  await page.getByLabel('Your email address').fill('alice@example.com')
  await page.goto('./#/decode')
  await page.getByLabel('Error message, bounce or log line').fill(ERROR)
  const before = await stored(page)
  expect(before.paste).toContain('Relay access denied')
  expect(before.draft).toContain('alice@example.com')
}

test.describe('what the user entered', () => {
  test('Clear what I entered on the paste screen forgets the paste and the message draft', async ({
    page,
  }) => {
    await enterBoth(page)
    await expect(page.getByText(KEPT)).toBeVisible()
    await page.getByRole('button', { name: 'Read the error' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'What the error says' })).toBeVisible()
    const clear = page.getByRole('button', { name: 'Clear what I entered' })
    await clear.click()
    await expect(page.getByRole('status').filter({ hasText: CLEARED })).toBeVisible()
    await expect(clear).toBeFocused()
    await expect(page.getByLabel('Error message, bounce or log line')).toHaveValue('')
    await expect(page.getByRole('heading', { level: 2, name: 'What the error says' })).toHaveCount(0)
    expect(await stored(page)).toEqual({ paste: null, draft: null })
    await expectNoAxeViolations(page)
    await page.goto(walkUrl('eu-start', HANDOVER))
    await expect(page.getByLabel('Your email address')).toHaveValue('')
  })

  test('Clear what I entered on the message panel empties its fields and the paste', async ({ page }) => {
    await enterBoth(page)
    await page.goto(walkUrl('eu-start', HANDOVER))
    await page.getByLabel('The exact error or bounce text').fill(ERROR)
    await expect(page.getByText(KEPT)).toBeVisible()
    const clear = page.getByRole('button', { name: 'Clear what I entered' })
    await clear.click()
    await expect(page.getByRole('status').filter({ hasText: CLEARED })).toBeVisible()
    await expect(clear).toBeFocused()
    await expect(page.getByLabel('The exact error or bounce text')).toHaveValue('')
    await expect(page.getByLabel('Your email address')).toHaveValue('')
    await expect(page.getByLabel('The message (you can edit it)')).not.toHaveValue(/Relay access denied/)
    expect(await stored(page)).toEqual({ paste: null, draft: null })
    await expectNoAxeViolations(page)
    await page.reload()
    await expect(page.getByLabel('Your email address')).toHaveValue('')
  })

  test('Start over forgets the paste and the message draft', async ({ page }) => {
    await enterBoth(page)
    await page.goto(walkUrl('eu-start', HANDOVER))
    await page.getByRole('link', { name: 'Start over' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('When do you see the error?')
    expect(await stored(page)).toEqual({ paste: null, draft: null })
    await page.goto('./#/decode')
    await expect(page.getByLabel('Error message, bounce or log line')).toHaveValue('')
  })
})
