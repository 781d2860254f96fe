import { expect, screenHeading, test } from './support/test.ts'
import { walkUrl } from './support/walk.ts'

const TO_PORT = ['on-send', 'external', 'on']
const atPort = (app: string) => walkUrl('eu-start', [TO_PORT[0] ?? '', app, ...TO_PORT.slice(1)])

test.describe('the port question in each app’s own terms', () => {
  test('iPhone Mail is asked about its Use SSL switch, and gets its own tip', async ({ page }) => {
    await page.goto(atPort('ios-mail'))
    await expect(screenHeading(page)).toHaveText('Which port and encryption does the outgoing server use?')
    const answers = page.locator('[data-node="eu-port"] ul button')
    await expect(answers).toHaveText([
      'Use SSL is on, with port 587 or 465',
      'Use SSL is off, or the port is 25',
      'Something else, or I can’t find it',
    ])
    await expect(page.getByRole('button', { name: /STARTTLS/ })).toHaveCount(0)
    await page.getByRole('button', { name: 'Use SSL is off, or the port is 25' }).click()
    await expect(screenHeading(page)).toHaveText('Use a secure sending port')
    await expect(page.getByText(/iPhone and iPad Mail have no STARTTLS setting/)).toBeVisible()
    await expect(page.getByText(/Pair them exactly/)).toHaveCount(0)
  })

  test('Thunderbird keeps port-and-encryption answers and the pairing warning', async ({ page }) => {
    await page.goto(atPort('thunderbird'))
    await expect(page.locator('[data-node="eu-port"] ul button')).toHaveText([
      'Port 25, or no encryption',
      'Port 587 with STARTTLS',
      'Port 465 with SSL/TLS',
      'Something else, or I can’t find it',
    ])
    await page.getByRole('button', { name: 'Port 25, or no encryption' }).click()
    await expect(page.getByText(/Pair them exactly/)).toBeVisible()
    await expect(page.getByText(/iPhone and iPad Mail have no STARTTLS setting/)).toHaveCount(0)
  })

  test('an iPhone link with another app’s answer explains itself and offers a way on', async ({ page }) => {
    await page.goto(walkUrl('eu-start', ['on-send', 'ios-mail', 'external', 'on', '587-starttls']))
    await expect(screenHeading(page)).toHaveText('This link doesn’t lead to a step we know')
    await expect(page.getByText(/doesn’t offer after the earlier answers/)).toBeVisible()
    await page.getByRole('link', { name: 'Continue from the last valid step' }).click()
    await expect(screenHeading(page)).toHaveText('Which port and encryption does the outgoing server use?')
  })
})
