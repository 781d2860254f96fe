import { expect, screenHeading, test } from './support/test.ts'
import { walkUrl } from './support/walk.ts'

const MOBILE_POP_OUTCOME = [
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
const ERROR = '554 5.7.1 <friend@example.net>: Relay access denied'

test.describe('the message to the provider', () => {
  test('is composed from the answers and what the user types', async ({ page }) => {
    await page.goto(walkUrl('eu-start', MOBILE_POP_OUTCOME))
    await expect(screenHeading(page)).toHaveText('Ask your email provider to turn on SMTP authentication')
    await page.getByLabel('The exact error or bounce text').fill(ERROR)
    await page.getByLabel('The recipient’s domain (the part after the @)').fill('example.net')
    await page.getByLabel('The outgoing server set in your app').fill('smtp.example.com')
    await page.getByLabel('The network you were on').selectOption({ label: 'Mobile data' })
    const message = page.getByLabel('The message (you can edit it)')
    await expect(message).toHaveValue(
      /Error \(exact text\):\n554 5\.7\.1 <friend@example\.net>: Relay access denied/,
    )
    await expect(message).toHaveValue(/When: \d{4}-\d\d-\d\d \d\d:\d\d \(UTC[+-]\d\d:\d\d/)
    await expect(message).toHaveValue(/Mail app: Mail on iPhone or iPad/)
    await expect(message).toHaveValue(/Outgoing server: smtp\.example\.com/)
    await expect(message).toHaveValue(
      /Outgoing port and encryption: Use SSL on, with port 587 or 465 \(iPhone\/iPad Mail\)/,
    )
    await expect(message).toHaveValue(/Outgoing server authentication: on/)
    await expect(message).toHaveValue(/Network: Mobile data/)
    await expect(message).toHaveValue(/Recipient domain: example\.net/)
    await expect(message).toHaveValue(/Already tried:\n- Your provider recognises you by network address/)
    await expect(message).toHaveValue(/Request:\nPlease enable SMTP authentication for my account/)
  })

  test('fills the Network line from the answers until the user picks a network', async ({ page }) => {
    await page.goto(walkUrl('eu-start', MOBILE_POP_OUTCOME))
    const network = page.getByLabel('The network you were on')
    await expect(network.locator('option:checked')).toHaveText(
      'As in my answers: moves between Wi-Fi, mobile data or a VPN',
    )
    const message = page.getByLabel('The message (you can edit it)')
    await expect(message).toHaveValue(/\nNetwork: moves between Wi-Fi, mobile data or a VPN\n/)
    expect(((await message.inputValue()).match(/^Network:/gm) ?? []).length).toBe(1)
    await network.selectOption({ label: 'Public or hotel Wi-Fi' })
    await expect(message).toHaveValue(/\nNetwork: Public or hotel Wi-Fi\n/)
    await expect(message).not.toHaveValue(/moves between/)
  })

  test('can be edited, copied exactly, and rebuilt', async ({ page }) => {
    await page.goto(walkUrl('eu-start', MOBILE_POP_OUTCOME))
    const message = page.getByLabel('The message (you can edit it)')
    await message.fill('My own words about the problem.')
    await expect(page.getByText('You have edited the message')).toBeVisible()
    await page.getByLabel('The recipient’s domain (the part after the @)').fill('example.org')
    await expect(message).toHaveValue('My own words about the problem.')
    await page.getByRole('button', { name: 'Copy message' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Message copied' })).toBeAttached()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Email refused with “Relay access denied”\n\nMy own words about the problem.',
    )
    await page.getByRole('button', { name: 'Rebuild the message from the answers' }).click()
    await expect(message).toHaveValue(/Recipient domain: example\.org/)
  })

  test('opens in the mail app addressed to the configured support address', async ({ page }) => {
    await page.route('**/provider.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ name: 'Acme Mail', supportEmail: 'help@acme.example' }),
      }),
    )
    await page.goto(walkUrl('eu-start', MOBILE_POP_OUTCOME))
    await expect(screenHeading(page)).toHaveText('Ask Acme Mail to turn on SMTP authentication')
    const mailto = page.getByRole('link', { name: 'Open in my mail app, addressed to help@acme.example' })
    const href = (await mailto.getAttribute('href')) ?? ''
    expect(href.startsWith('mailto:help@acme.example?subject=')).toBe(true)
    expect(decodeURIComponent(href)).toContain('Please enable SMTP authentication for my account')
  })

  test('without a support address the mail app opens with an empty To field', async ({ page }) => {
    await page.goto(walkUrl('eu-start', MOBILE_POP_OUTCOME))
    const href = (await page.getByRole('link', { name: 'Open in my mail app' }).getAttribute('href')) ?? ''
    expect(href.startsWith('mailto:?subject=')).toBe(true)
  })

  test('prints only the message', async ({ page }) => {
    await page.goto(walkUrl('eu-start', MOBILE_POP_OUTCOME))
    await page.getByLabel('The exact error or bounce text').fill(ERROR)
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes'
      }
    })
    await page.getByRole('button', { name: 'Print' }).click()
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.print-area pre')).toBeVisible()
    await expect(page.locator('.print-area pre')).toContainText(ERROR)
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toBeHidden()
    await expect(page.getByLabel('The exact error or bounce text')).toBeHidden()
  })

  test('what the user typed survives a reload and never enters the URL', async ({ page }) => {
    await page.goto(walkUrl('eu-start', MOBILE_POP_OUTCOME))
    await page.getByLabel('The exact error or bounce text').fill(ERROR)
    expect(page.url()).not.toContain('Relay')
    await page.reload()
    await expect(page.getByLabel('The exact error or bounce text')).toHaveValue(ERROR)
  })

  test('pasted markup stays text', async ({ page }) => {
    await page.goto(walkUrl('eu-start', MOBILE_POP_OUTCOME))
    await page
      .getByLabel('The exact error or bounce text')
      .fill('<img src=x onerror="document.title=1"><script>alert(1)</script>')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.print-area pre')).toContainText('<script>alert(1)</script>')
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
  })

  test('every outcome that hands over offers a message; solved outcomes do not', async ({ page }) => {
    await page.goto(walkUrl('eu-rcpt-full'))
    await expect(page.getByRole('heading', { name: 'Your message for the recipient' })).toBeVisible()
    await page.goto(walkUrl('eu-resolved'))
    await expect(page.getByRole('heading', { name: /Your message/ })).toHaveCount(0)
  })
})
