import type { Page } from '@playwright/test'
import { expect, screenHeading, test } from './support/test.ts'
import { walkUrl } from './support/walk.ts'

/** Clicks the answers in order, each by its visible label. */
async function answer(page: Page, ...labels: (string | RegExp)[]) {
  for (const label of labels) {
    const heading = await screenHeading(page).textContent()
    await page.getByRole('button', { name: label }).click()
    await expect(screenHeading(page)).not.toHaveText(heading ?? '')
  }
}

const startSending = async (page: Page, app: string) => {
  await page.goto('./')
  await page.getByRole('link', { name: /sending from a mail app/ }).click()
  await answer(page, /Right away when I press Send/, app)
}

test.describe('sending from a mail app', () => {
  test('Outlook (classic), authentication off: tick the Outlook setting, same details as incoming', async ({
    page,
  }) => {
    await startSending(page, 'Outlook (classic) for Windows')
    await answer(page, /Only people outside/, 'No, it is turned off')
    await expect(screenHeading(page)).toHaveText('Turn on sign-in for the outgoing server')
    await expect(page.getByText('My outgoing server (SMTP) requires authentication')).toBeVisible()
    await expect(page.getByText('Use same settings as my incoming mail server')).toBeVisible()
    await expect(page.getByText('Authentication method')).toHaveCount(0)
  })

  test('Thunderbird, authentication unknown: Normal password on the SMTP server', async ({ page }) => {
    await startSending(page, 'Thunderbird')
    await answer(page, /Only people outside/, 'I am not sure')
    await expect(page.getByText('Outgoing Server (SMTP)', { exact: false }).first()).toBeVisible()
    await expect(page.getByText(/Set Authentication method to Normal password/)).toBeVisible()
    await answer(page, /That fixed it/)
    await expect(screenHeading(page)).toHaveText('Fixed: your mail is going out')
  })

  test('Apple Mail on port 25: use 587 with STARTTLS or 465 with SSL/TLS', async ({ page }) => {
    await startSending(page, 'Apple Mail on a Mac')
    await answer(page, /Only people outside/, 'Yes, it is turned on', 'Port 25, or no encryption')
    await expect(screenHeading(page)).toHaveText('Use a secure sending port')
    await expect(page.getByText(/many home, mobile and public networks block it/)).toBeVisible()
    await expect(
      page.getByText(/Automatically manage connection settings unticked, set Port to 587/),
    ).toBeVisible()
    await expect(page.getByText(/587 goes with STARTTLS and 465 with SSL\/TLS/)).toBeVisible()
  })

  test('Gmail app with two-step verification: app password or the provider’s sign-in', async ({ page }) => {
    await startSending(page, 'Gmail app on Android')
    await answer(page, /Only people outside/, 'Yes, it is turned on', 'Port 465 with SSL/TLS', /Gmail, Yahoo/)
    await expect(screenHeading(page)).toHaveText('Use an app password or the provider’s own sign-in')
    await expect(page.getByText(/create an app password/)).toBeVisible()
    await expect(page.getByText(/Add another account › Other/)).toBeVisible()
    await expect(page.getByRole('link', { name: /Google: sign in with app passwords/ })).toHaveAttribute(
      'href',
      'https://support.google.com/accounts/answer/185833',
    )
  })

  test('Microsoft 365 work account: the organisation may have SMTP AUTH off, ask IT', async ({ page }) => {
    await startSending(page, 'New Outlook for Windows')
    await answer(
      page,
      /Only people outside/,
      'Yes, it is turned on',
      'Port 587 with STARTTLS',
      /Microsoft 365 work or school/,
    )
    await expect(screenHeading(page)).toHaveText('Ask your IT team to let your app send')
    await expect(page.getByText('Next: contact your IT team')).toBeVisible()
    await expect(page.getByText(/SMTP AUTH/).first()).toBeVisible()
  })

  test('iPhone on POP-before-SMTP that moves between Wi-Fi and mobile data: switch to signing in', async ({
    page,
  }) => {
    await startSending(page, 'Mail on iPhone or iPad')
    await answer(
      page,
      /Only people outside/,
      'Yes, it is turned on',
      'Use SSL is on, with port 587 or 465',
      /Another provider/,
    )
    await expect(screenHeading(page)).toHaveText(
      'Does sending work just after you check for new mail, then stop working later?',
    )
    await answer(page, /Yes, it works right after checking mail/, /Yes, it changes networks/)
    await expect(screenHeading(page)).toHaveText(
      'Your provider recognises you by network address: switch to signing in',
    )
    await expect(page.getByText(/it gets a new address, so the permission no longer matches/)).toBeVisible()
    await expect(page.getByText(/Set Authentication to Password/)).toBeVisible()
    await answer(page, /does not offer outgoing sign-in/)
    await expect(screenHeading(page)).toHaveText('Ask your email provider to turn on SMTP authentication')
  })

  test('POP-before-SMTP on one network with Outlook: check mail first as a stopgap, sign in to send for good', async ({
    page,
  }) => {
    await page.goto(
      walkUrl('eu-start', ['on-send', 'outlook-classic', 'external', 'on', '465-tls', 'other', 'yes']),
    )
    await answer(page, /No, it stays on one network/)
    await expect(screenHeading(page)).toHaveText('Sign in to send instead of checking mail first')
    await expect(page.getByText('Log on to incoming mail server before sending mail')).toBeVisible()
  })

  test('Outlook.com account: modern Microsoft sign-in, not an app password', async ({ page }) => {
    await page.goto(walkUrl('eu-start', ['on-send', 'thunderbird', 'external', 'on', '587-starttls']))
    await answer(page, /Outlook\.com, Hotmail, Live or MSN/)
    await expect(screenHeading(page)).toHaveText('Sign in to your Microsoft account the modern way')
    await expect(page.getByText(/app passwords stopped working for this too/)).toBeVisible()
    await expect(page.getByText(/create an app password/i)).toHaveCount(0)
  })

  test('iPhone, sign-in turned on earlier, then POP-before-SMTP: no second copy of the sign-in steps', async ({
    page,
  }) => {
    await page.goto(
      walkUrl('eu-start', [
        'on-send',
        'ios-mail',
        'external',
        'off',
        'still-failing',
        'ssl-on',
        'other',
        'yes',
      ]),
    )
    await answer(page, /Yes, it changes networks/)
    await expect(screenHeading(page)).toHaveText(
      'Your provider recognises you by network address: switch to signing in',
    )
    await expect(page.getByText(/You turned on outgoing sign-in earlier/)).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: /Send again, on any network/ })).toHaveCount(1)
  })

  test('Thunderbird, only one From address fails: identities and their outgoing server, or ask for the alias', async ({
    page,
  }) => {
    await startSending(page, 'Thunderbird')
    await answer(page, /only when I send from one particular address/)
    await expect(screenHeading(page)).toHaveText(
      'Send each address through the server of the account it belongs to',
    )
    await expect(page.getByText(/Manage Identities/)).toBeVisible()
    await expect(page.getByText(/Send mail as/)).toHaveCount(0)
    await answer(page, /It is an alias of my account/)
    await expect(screenHeading(page)).toHaveText(
      'Ask your email provider to let your account send from that address',
    )
  })

  test('fails only on some networks: port 25 interception, the home ISP’s server, security software', async ({
    page,
  }) => {
    await page.goto(
      walkUrl('eu-start', ['on-send', 'apple-mail', 'external', 'on', '587-starttls', 'other', 'no']),
    )
    await expect(screenHeading(page)).toHaveText('Does it fail on every network?')
    await answer(page, /No, only on some networks/)
    await expect(screenHeading(page)).toHaveText('Get past what that network does to outgoing mail')
    await expect(page.getByText(/quietly hand it to their own server/)).toBeVisible()
    await expect(page.getByText(/email shield/)).toBeVisible()
    await answer(page, /Still getting the error/)
    await expect(screenHeading(page)).toHaveText('Can you send to the same person from webmail?')
  })

  test('webmail works: check the app really signs in (saved login, method, other port) before setting it up again', async ({
    page,
  }) => {
    await page.goto(
      walkUrl('eu-start', [
        'on-send',
        'thunderbird',
        'external',
        'on',
        '587-starttls',
        'other',
        'no',
        'everywhere',
      ]),
    )
    await answer(page, /Yes, webmail can send to them/)
    await expect(screenHeading(page)).toHaveText('Make sure the app really signs in')
    await expect(page.getByText(/smtp:\/\//)).toBeVisible()
    await expect(page.getByText(/offer sign-in on only one of 587/)).toBeVisible()
    await answer(page, /Still getting the error/)
    await expect(screenHeading(page)).toHaveText('Set the account up again in your app')
  })

  test('Outlook for iPhone with POP-before-SMTP: warned that it sends from Microsoft’s servers', async ({
    page,
  }) => {
    await page.goto(
      walkUrl('eu-start', ['on-send', 'outlook-mobile', 'external', 'on', '587-starttls', 'other', 'yes']),
    )
    await answer(page, /Yes, it changes networks/)
    await expect(page.getByText(/from Microsoft’s servers rather than from your device/)).toBeVisible()
    await expect(page.getByText(/You turned on outgoing sign-in earlier/)).toHaveCount(0)
  })

  test('Samsung Email, every recipient fails: check the outgoing server name and the account', async ({
    page,
  }) => {
    await startSending(page, 'Samsung Email')
    await answer(page, /Everyone, even colleagues/)
    await expect(screenHeading(page)).toHaveText('Check the outgoing server name and your account')
    await expect(page.getByText(/Tap Server settings/)).toBeVisible()
    await expect(page.getByText(/often the same name as the incoming \(IMAP or POP\) server/)).toBeVisible()
    await expect(page.getByText(/locked, suspended or unpaid/)).toBeVisible()
  })

  test('Outlook for Mac, settings right and webmail works: set the account up again', async ({ page }) => {
    await startSending(page, 'Outlook for Mac')
    await answer(
      page,
      /Only people outside/,
      'Yes, it is turned on',
      'Port 587 with STARTTLS',
      /Another provider/,
    )
    await answer(page, 'No, or I can’t tell', 'Yes, it fails everywhere', 'Yes, webmail can send to them')
    await expect(screenHeading(page)).toHaveText('Make sure the app really signs in')
    await answer(page, /Still getting the error/)
    await expect(screenHeading(page)).toHaveText('Set the account up again in your app')
    await expect(page.getByText(/remove it with the − button/)).toBeVisible()
  })

  test('another app, webmail fails too: ask the provider to check their logs', async ({ page }) => {
    await startSending(page, 'Another app')
    await answer(
      page,
      /Only people outside/,
      'Yes, it is turned on',
      'Port 587 with STARTTLS',
      /Another provider/,
    )
    await answer(page, 'No, or I can’t tell', 'I can’t try another network', 'No, webmail fails too')
    await expect(screenHeading(page)).toHaveText('Ask your email provider to look at their mail logs')
  })

  test('the password is refused: check it, use an app password', async ({ page }) => {
    await page.goto(walkUrl('eu-start', ['on-send', 'thunderbird', 'external', 'off']))
    await answer(page, /user name or password is wrong/)
    await expect(screenHeading(page)).toHaveText('The server refused your user name or password')
  })
})

test.describe('a bounce arrived later', () => {
  const bounce = async (page: Page, ...labels: (string | RegExp)[]) => {
    await page.goto(walkUrl('eu-start'))
    await answer(page, /Later, in an email/, ...labels)
  }

  test('554 relay refusal from the recipient’s server: their MX or accepted domains are wrong', async ({
    page,
  }) => {
    await bounce(
      page,
      /Final: the code starts with 5/,
      'The recipient’s server',
      /Relay access denied, Unable to relay/,
    )
    await expect(screenHeading(page)).toHaveText('The recipient’s mail server is set up wrongly')
    await expect(page.getByText(/MX records point to an old or wrong server/)).toBeVisible()
    await expect(page.getByText('Next: contact the recipient')).toBeVisible()
  })

  test('the recipient’s server asks senders to sign in: their server is misconfigured', async ({ page }) => {
    await bounce(page, /Final/, 'The recipient’s server', 'Please turn on SMTP Authentication')
    await expect(screenHeading(page)).toHaveText('The recipient’s server wrongly asks senders to sign in')
  })

  test('the address is invalid, inactive or cancelled', async ({ page }) => {
    await bounce(page, /Final/, 'The recipient’s server', /User unknown/)
    await expect(screenHeading(page)).toHaveText('The address does not exist or is closed')
    await expect(page.getByText(/inactive or cancelled/)).toBeVisible()
  })

  test('a database error on the recipient’s server', async ({ page }) => {
    await bounce(page, /Final/, 'The recipient’s server', /Temporary lookup failure/)
    await expect(screenHeading(page)).toHaveText('The recipient’s server has an internal problem')
  })

  test('spam filter or blocklist: ask the provider to check its logs, tell the recipient another way', async ({
    page,
  }) => {
    await bounce(page, /Final/, 'The recipient’s server', /Blocked, blacklisted/)
    await expect(screenHeading(page)).toHaveText('The recipient’s spam filter refused your provider’s server')
    await expect(page.getByText(/check their mail logs/)).toBeVisible()
    await expect(page.getByText(/Let the recipient know through another channel/)).toBeVisible()
  })

  test('sender verification and SPF/DKIM/DMARC failures go to the provider', async ({ page }) => {
    await bounce(page, /Final/, 'The recipient’s server', 'Sender verify failed')
    await expect(screenHeading(page)).toHaveText('The recipient’s server could not verify your address')
    await bounce(page, /Final/, 'The recipient’s server', 'SPF, DKIM or DMARC')
    await expect(screenHeading(page)).toHaveText('Your domain’s sender records did not pass')
  })

  test('454 4.7.1 is temporary: wait, the server retries by itself', async ({ page }) => {
    await bounce(page, /Delayed: the code starts with 4/)
    await expect(screenHeading(page)).toHaveText('This refusal is temporary: wait before sending again')
    await expect(page.getByText(/try again by themselves/)).toBeVisible()
    await answer(page, 'A final bounce arrived')
    await expect(screenHeading(page)).toHaveText('Which server refused the message?')
  })

  test('refused by the user’s own provider: continue with the app settings', async ({ page }) => {
    await bounce(page, /Final/, /My own provider’s server/)
    await expect(screenHeading(page)).toHaveText('Which mail app are you using?')
  })
})
