import { expect, screenHeading, test } from './support/test.ts'
import { walkUrl } from './support/walk.ts'

test('question numbers count questions only, so they don’t jump across an instruction screen', async ({
  page,
}) => {
  await page.goto(walkUrl('eu-start'))
  await expect(page.getByText('Question 1', { exact: true })).toBeVisible()
  await page.goto(walkUrl('eu-start', ['on-send', 'thunderbird', 'external']))
  await expect(screenHeading(page)).toHaveText('Does your app sign in to the outgoing server?')
  await expect(page.getByText('Question 4', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'No, it is turned off' }).click()
  await expect(screenHeading(page)).toHaveText('Turn on sign-in for the outgoing server')
  await expect(page.getByText(/^Question \d+$/)).toHaveCount(0)
  await page.getByRole('button', { name: 'Still getting the error' }).click()
  await expect(screenHeading(page)).toHaveText('Which port and encryption does the outgoing server use?')
  await expect(page.getByText('Question 5', { exact: true })).toBeVisible()
})
