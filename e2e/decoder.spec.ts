import { readFileSync } from 'node:fs'
import { expect, expectNoAxeViolations, screenHeading, test } from './support/test.ts'
import { walkUrl } from './support/walk.ts'

/** The two log excerpts of the seed article, as printed there (its addresses are mangled by the page). */
const SEED_EXIM_RELAY = `2018-10-30 15:22:23 1brcGf-0006ac-Mf ** [email protected]
R=dkim_lookuphost T=dkim_remote_smtp H=exampleserver.com [192.168.0.1]
X=TLSv1.2:ECDHE-RSA-AES256-GCM-SHA384:256
CV=yes: SMTP error from remote mail server after RCPT
TO:&[email protected]>: 554 5.7.1
&[email protected]>: Recipient address rejected: Access denied`
const SEED_SENDER_VERIFY = `2022-09-09 14:05:23 H=(myserver.com) [xx.xx.xx.xx] sender verify fail for &[email protected]>:
response to "RCPT TO: &[email protected]>"
from senderserver.com [yy.yy.yy.yy] was: 554
&[email protected]>: Relay access denied
2016-10-10 14:05:23 H=(myserver.com) [xx.xx.xx.xx] F=&[email protected]> rejected RCPT
&[email protected]>: Sender verify failed`
const CLIENT_REFUSAL =
  'Mar 14 09:42:01 mail postfix/smtpd[2301]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: 554 5.7.1 <bob@example.net>: Relay access denied; from=<alice@example.com> to=<bob@example.net> proto=ESMTP helo=<laptop>'
const ASK_FOR_TEXT = 'Paste the error text first'
const EML = readFileSync(new URL('./fixtures/multi-recipient-bounce.eml', import.meta.url))

const pasteOnHome = async (page: import('@playwright/test').Page, text: string) => {
  await page.goto('./')
  await page.getByLabel('Error message, bounce or log line').fill(text)
  await page.getByRole('button', { name: 'Read the error' }).click()
  await expect(
    page.getByRole('heading', { level: 2, name: /What the error says|couldn’t recognise/ }),
  ).toBeVisible()
}

test.describe('paste the error', () => {
  test('the seed’s Exim relay excerpt: the recipient’s server refused, permanently', async ({ page }) => {
    await pasteOnHome(page, SEED_EXIM_RELAY)
    await expect(
      page.getByText(/^The recipient’s server( \(exampleserver\.com\))? refused it\.$/),
    ).toBeVisible()
    await expect(page.getByText('Final: the message was not delivered')).toBeVisible()
    await expect(page.locator('mark').filter({ hasText: 'Access denied' })).toBeVisible()
    await page.getByRole('button', { name: 'Continue from here' }).click()
    // A server log is an admin's: the other server refused their server's outgoing mail.
    await expect(page.locator('[data-node]')).toHaveAttribute('data-node', 'ad-their-relay')
  })

  test('the seed’s sender-verify excerpt lands on sender verification', async ({ page }) => {
    await pasteOnHome(page, SEED_SENDER_VERIFY)
    await expect(page.getByText(/sender verification failed/)).toBeVisible()
    await page.getByRole('button', { name: 'Continue from here' }).click()
    // The admin's own server refused an outside sender: the inbound part of the admin branch.
    await expect(screenHeading(page)).toHaveText('Sender verification refused them: which way out fits?')
  })

  test('an admin’s Postfix log line lands in the admin branch, with the error and its time in the message', async ({
    page,
  }) => {
    await pasteOnHome(page, CLIENT_REFUSAL)
    await expect(page.getByText('Your own provider’s outgoing server refused to send it on.')).toBeVisible()
    await page.getByRole('button', { name: 'Continue from here' }).click()
    await expect(page.locator('[data-node]')).toHaveAttribute('data-node', 'ad-pf-log')
    await expect(screenHeading(page)).toHaveText('What does the Postfix log show for a refused attempt?')
    await expectNoAxeViolations(page)
    expect(page.url()).not.toContain('Relay')
    await page.goto(walkUrl('eu-ask-provider'))
    await expect(page.getByLabel('The exact error or bounce text')).toHaveValue(
      /554 5\.7\.1 <bob@example\.net>: Relay access denied/,
    )
    await expect(page.getByLabel('The message (you can edit it)')).toHaveValue(
      /Relay Doctor’s reading: 554 5\.7\.1, permanent, refused by my provider’s outgoing server/,
    )
    await expect(page.getByLabel('When it happened (date, time and time zone)')).toHaveValue(
      'Mar 14 09:42:01',
    )
    await expect(page.getByLabel('The recipient’s domain (the part after the @)')).toHaveValue('example.net')
  })

  test('Outlook’s send-time error lands on the sign-in check', async ({ page }) => {
    await pasteOnHome(page, "Server error: '554 5.7.1 <bob@example.net>: Relay access denied'")
    await expect(page.getByText('Your own provider’s outgoing server refused to send it on.')).toBeVisible()
    await page.getByRole('button', { name: 'Continue from here' }).click()
    await expect(page.locator('[data-node]')).toHaveAttribute('data-node', 'eu-auth-on')
    await expect(screenHeading(page)).toHaveText('Does your app sign in to the outgoing server?')
  })

  test('a chosen .eml bounce with two recipients gives one diagnosis each', async ({ page }) => {
    await page.goto('./')
    const chooser = page.getByLabel('Or choose a saved bounce email (.eml)')
    // The prerendered home enables its form once the app has taken over; a disabled input takes no file.
    await expect(chooser).toBeEnabled()
    await chooser.setInputFiles({
      name: 'bounce.eml',
      mimeType: 'message/rfc822',
      buffer: EML,
    })
    await expect(page.getByRole('heading', { name: 'What the error says' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'For bob@example.net' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'For carol@example.org' })).toBeVisible()
    await expect(page.getByText('The recipient address does not exist there.')).toBeVisible()
    await expect(page.getByText('Loaded bounce.eml')).toBeVisible()
  })

  test('a bounce file dropped on the text box is read', async ({ page }) => {
    await page.goto(`./#/decode`)
    const box = page.getByLabel('Error message, bounce or log line')
    // The prerendered screen enables its form once the app has taken over; before that a drop is lost.
    await expect(box).toBeEnabled()
    const dataTransfer = await page.evaluateHandle((source) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([source], 'dropped.eml', { type: 'message/rfc822' }))
      return transfer
    }, EML.toString('utf8'))
    await box.dispatchEvent('drop', { dataTransfer })
    await expect(page.getByRole('heading', { name: 'For carol@example.org' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a <script> paste is shown as inert text', async ({ page }) => {
    await pasteOnHome(
      page,
      '<script>document.title="owned"</script><img src=x onerror=alert(1)> 554 5.7.1 Relay access denied',
    )
    await expect(page.locator('mark').first()).toBeVisible()
    await expect(
      page.locator('pre').filter({ hasText: '<script>document.title="owned"</script>' }),
    ).toBeVisible()
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
    await expect(page).not.toHaveTitle('owned')
  })

  test('text that decodes to nothing says so and offers the questions', async ({ page }) => {
    await pasteOnHome(page, 'Hi, can we meet on Tuesday?')
    await expect(page.getByRole('heading', { name: 'We couldn’t recognise this text' })).toBeVisible()
    await page.getByRole('link', { name: 'Answer the questions instead' }).click()
    await expect(screenHeading(page)).toHaveText('When do you see the error?')
  })

  test('an empty paste asks for text first', async ({ page }) => {
    await page.goto('./#/decode')
    await page.getByRole('button', { name: 'Read the error' }).click()
    await expect(page.getByRole('status').filter({ hasText: ASK_FOR_TEXT })).toBeVisible()
    await expect(page.getByLabel('Error message, bounce or log line')).toHaveAttribute('aria-invalid', 'true')
  })

  test('a blank paste after a result asks for text and starts no decode', async ({ page }) => {
    await pasteOnHome(page, 'Hi, can we meet on Tuesday?')
    await expect(page.getByRole('heading', { name: 'We couldn’t recognise this text' })).toBeVisible()
    await page.getByLabel('Error message, bounce or log line').fill('   \n\t  ')
    await page.getByRole('button', { name: 'Read the error' }).click()
    await expect(page.getByRole('status').filter({ hasText: ASK_FOR_TEXT })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'We couldn’t recognise this text' })).toHaveCount(0)
    await expect(page.getByText('Reading…')).toHaveCount(0)
  })

  test('an empty bounce file asks for the text instead', async ({ page }) => {
    await page.goto('./#/decode')
    const chooser = page.getByLabel('Or choose a saved bounce email (.eml)')
    await expect(chooser).toBeEnabled()
    await chooser.setInputFiles({
      name: 'empty.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(''),
    })
    await expect(page.getByText('That file is empty. Paste the error text instead')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'We couldn’t recognise this text' })).toHaveCount(0)
  })

  test('a diagnosis with no recipient named says “What happened” once', async ({ page }) => {
    await pasteOnHome(page, '554 5.7.1 Relay access denied')
    const card = page.getByRole('article')
    await expect(card.getByRole('heading', { name: 'Your error, decoded' })).toBeVisible()
    await expect(card.getByText('What happened', { exact: true })).toHaveCount(1)
  })

  test('the wizard offers the paste screen, and the paste survives a reload', async ({ page }) => {
    await page.goto(walkUrl('eu-start', ['on-send']))
    await page.getByRole('link', { name: 'Paste the error message instead' }).click()
    await expect(screenHeading(page)).toHaveText('Paste the error or drop the bounce')
    await page.getByLabel('Error message, bounce or log line').fill(CLIENT_REFUSAL)
    await page.reload()
    await expect(page.getByLabel('Error message, bounce or log line')).toHaveValue(CLIENT_REFUSAL)
  })

  test('an admin who pastes Google’s relay refusal from the devices branch lands on the relay service’s settings', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['device']))
    await page.getByRole('link', { name: 'Paste the error message instead' }).click()
    await page
      .getByLabel('Error message, bounce or log line')
      .fill(
        '550 5.7.0 Mail relay denied [203.0.113.50]. Invalid credentials for relay for one of the domains in: [192.168.1.176] (as obtained from HELO and MAIL FROM).',
      )
    await page.getByRole('button', { name: 'Read the error' }).click()
    await page.getByRole('button', { name: 'Continue from here' }).click()
    await expect(page.locator('[data-node]')).toHaveAttribute('data-node', 'ad-google-relay')
    await expect(screenHeading(page)).toHaveText('Check the Google Workspace SMTP relay settings')
  })

  test('the result screen passes axe in light and dark', async ({ page }) => {
    await pasteOnHome(page, CLIENT_REFUSAL)
    await expectNoAxeViolations(page)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(page)
  })
})
