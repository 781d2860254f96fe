import type { Locator, Page } from '@playwright/test'
import { expect, screenHeading, test } from './support/test.ts'
import { openWhyWeAsk, walkUrl } from './support/walk.ts'

/** Clicks the answers in order, each by its visible label, waiting for the next screen each time. */
async function answer(page: Page, ...labels: (string | RegExp)[]) {
  for (const label of labels) {
    const heading = await screenHeading(page).textContent()
    await page.getByRole('button', { name: label }).click()
    await expect(screenHeading(page)).not.toHaveText(heading ?? '')
  }
}

/** From the home screen into the admin branch, then the first answer. */
async function startAdmin(page: Page, flow: RegExp) {
  await page.goto('./')
  await page.getByRole('link', { name: /I run the mail server/ }).click()
  await expect(screenHeading(page)).toHaveText('Which mail flow is failing?')
  await answer(page, flow)
}

/** The code block (a figure with a caption, a Copy button and the code) whose code contains `text`. */
const codeBlock = (page: Page, text: string): Locator =>
  page.locator('figure').filter({ has: page.locator('pre', { hasText: text }) })

async function expectCode(page: Page, text: string) {
  await expect(codeBlock(page, text)).toHaveCount(1)
  await expect(codeBlock(page, text).locator('pre')).toContainText(text)
}

/** A question's explanation (log samples, lookups) sits behind its Why we ask disclosure: open it. */
const openWhy = (page: Page) => openWhyWeAsk(page)

const verdict = (page: Page, text: string) => expect(page.getByText(text, { exact: true })).toBeVisible()

test.describe('admin: all users get the error when sending', () => {
  test('Postfix without sign-in: submission services with SASL, then the restriction order, then a handover', async ({
    page,
  }) => {
    await startAdmin(page, /Our users can’t send to outside addresses/)
    await expect(screenHeading(page)).toHaveText('Which mail server or service do your users send through?')
    await answer(page, /^Postfix/)
    await expect(screenHeading(page)).toHaveText('What does the Postfix log show for a refused attempt?')
    await openWhy(page)
    await expect(page.getByText(/NOQUEUE: reject: RCPT from .*Relay access denied/)).toBeVisible()
    await answer(page, /Relay access denied, and no sasl_username/)

    await expect(screenHeading(page)).toHaveText('Offer sign-in on the submission ports (587 and 465)')
    await expectCode(page, 'openssl s_client -connect mail.example.com:587 -starttls smtp')
    await expectCode(page, '-o smtpd_relay_restrictions=permit_sasl_authenticated,reject')
    await expectCode(page, 'smtpd_sasl_type = dovecot')
    await expectCode(page, 'unix_listener /var/spool/postfix/private/auth')
    await expectCode(page, 'postfix check && postfix reload')
    await expectCode(page, 'swaks --server mail.example.com --port 587 -tls --auth LOGIN')
    await expect(page.getByText(/never trust 0\.0\.0\.0\/0/)).toBeVisible()

    await answer(page, 'Still refused')
    await expect(screenHeading(page)).toHaveText('Put the sign-in rule ahead of the relay refusal')
    await expectCode(
      page,
      'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination',
    )
    await expectCode(page, 'postconf -P')

    await answer(page, 'Still refused')
    await expect(screenHeading(page)).toHaveText('Make sure the running server uses what you changed')
    await expect(codeBlock(page, 'postconf -P | grep')).toHaveCount(1)
    await expect(codeBlock(page, '/scripts/buildeximconf')).toHaveCount(0)

    await answer(page, 'Still refused')
    await expect(screenHeading(page)).toHaveText(
      'Hand it to your hosting provider or vendor, with the evidence',
    )
    await verdict(page, 'Next: contact your hosting provider or control-panel vendor')
    await expectCode(page, 'postconf -n > postconf-n.txt')
    await expect(page.getByText(/tell us which setting to change or restore/).first()).toBeVisible()
  })

  test('Postfix sign-ins fail: Dovecot socket and doveadm', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['users-send', 'postfix']))
    await answer(page, /SASL … authentication failed/)
    await expect(screenHeading(page)).toHaveText('Repair the sign-in path between Postfix and Dovecot')
    await expectCode(page, 'doveadm auth test dave@example.com')
    await expectCode(page, 'ls -l /var/spool/postfix/private/auth')
  })

  test('Exim/cPanel without sign-in: AUTH after TLS, exim_checkaccess, edit in WHM not exim.conf', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['users-send', 'exim-cpanel']))
    await expect(screenHeading(page)).toHaveText('What does the Exim log show for a refused attempt?')
    await openWhy(page)
    await expect(page.getByText(/rejected RCPT <carol@remote\.example>: relay not permitted/)).toBeVisible()
    await answer(page, /relay not permitted/)
    await expect(screenHeading(page)).toHaveText('Check that Exim offers sign-in, and check its relay rules')
    await expectCode(page, 'exim_checkaccess 198.51.100.23 test@remote.example')
    await expectCode(page, 'exim -bh 198.51.100.23')
    await expect(page.getByText(/cPanel rebuilds \/etc\/exim\.conf/)).toBeVisible()
  })

  test('Plesk with relaying closed: authorization required with SMTP, white list never 0.0.0.0/0', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['users-send']))
    await answer(page, 'Plesk')
    await expect(screenHeading(page)).toHaveText('How is relaying set in Plesk?')
    await answer(page, 'Closed')
    await expect(screenHeading(page)).toHaveText('Require SMTP sign-in for relaying in Plesk')
    await expect(page.getByText(/set Relaying to authorization is required/)).toBeVisible()
    await expect(page.getByText(/never 0\.0\.0\.0\/0/)).toBeVisible()
    await expectCode(page, '--port 25 --from test@example.com --to someone@remote.example --quit-after RCPT')
  })

  test('Exchange Server devices: a dedicated receive connector limited to their addresses', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['users-send', 'exchange']))
    await openWhy(page)
    await expect(page.getByText(/Client Frontend/).first()).toBeVisible()
    await answer(page, /Printers, scanners or applications/)
    await expect(screenHeading(page)).toHaveText('Create a dedicated relay connector for devices')
    await expectCode(page, 'New-ReceiveConnector -Name "Device relay"')
    await expectCode(page, 'Ms-Exch-SMTP-Accept-Any-Recipient')
  })

  test('Microsoft 365 5.7.139: allow SMTP AUTH per mailbox, link to Microsoft’s live pages', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['users-send', 'm365']))
    await answer(page, /535 5\.7\.139/)
    await expect(screenHeading(page)).toHaveText('Allow SMTP AUTH for the mailboxes that need it')
    await expectCode(
      page,
      'Set-CASMailbox -Identity dave@example.com -SmtpClientAuthenticationDisabled $false',
    )
    await expect(page.getByText(/security defaults/).first()).toBeVisible()
    await expect(page.getByRole('link', { name: /Microsoft: enable or disable SMTP AUTH/ })).toHaveAttribute(
      'href',
      /^https:\/\/learn\.microsoft\.com\//,
    )
  })

  test('Microsoft 365 devices (5.7.57): the three ways to send', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['device', 'm365']))
    await expect(screenHeading(page)).toHaveText(
      'Choose how the device or application sends through Microsoft 365',
    )
    await expect(page.getByText(/SMTP AUTH client submission/)).toBeVisible()
    await expect(page.getByText(/Direct send/)).toBeVisible()
    await expect(page.getByText(/SMTP relay with a connector/)).toBeVisible()
  })

  test('Google Workspace: SMTP relay service settings and a relay test', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['users-send']))
    await answer(page, /Google Workspace/)
    await expect(screenHeading(page)).toHaveText('Check the Google Workspace SMTP relay settings')
    await expect(page.getByText(/SMTP relay service/).first()).toBeVisible()
    await expectCode(page, 'swaks --server smtp-relay.gmail.com --port 587 -tls')
  })
})

test.describe('admin: it started after an update', () => {
  test('cPanel nightly update: compare times, check and restore the Exim configuration, test server habit', async ({
    page,
  }) => {
    await startAdmin(page, /Our users can’t send to outside addresses/)
    await answer(page, /Exim, or a cPanel\/WHM server/, /nightly cPanel update/)
    await expect(screenHeading(page)).toHaveText('Find and undo what the nightly cPanel update changed')
    await expectCode(page, 'ls -lt /var/cpanel/updatelogs/')
    await expectCode(page, 'whmapi1 exim_configuration_check')
    await expect(page.getByText(/backup and restore functions/)).toBeVisible()
    await expect(page.getByText(/keep a test server that mirrors the live one/)).toBeVisible()
    await expect(page.getByText(/Update Preferences/)).toBeVisible()
    await answer(page, 'Still refused')
    await expect(screenHeading(page)).toHaveText('Ask the vendor what the update changed')
    await verdict(page, 'Next: contact your hosting provider or control-panel vendor')
  })

  test('Postfix upgrade: backwards-compatibility notices and set-aside package files', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['users-send', 'postfix']))
    await answer(page, /It started after an upgrade/)
    await expect(screenHeading(page)).toHaveText('Undo what the Postfix upgrade changed')
    await expectCode(page, 'postconf mail_version compatibility_level')
    await expectCode(page, '*.rpmnew')
    await expect(
      page.getByText(/smtpd_relay_restrictions \(left empty\): the old configuration/),
    ).toBeVisible()
  })
})

test('admin: Plesk authentication database corrupt: check, then repair smtp_poplocks, with a caution', async ({
  page,
}) => {
  await page.goto(walkUrl('ad-start', ['users-send', 'plesk']))
  await answer(page, /with SMTP ticked/, /Only users who rely on POP3 authorization/)
  await expect(screenHeading(page)).toHaveText('Check and repair Plesk’s POP3 lock table')
  await expect(page.getByText(/comes from administrators’ field reports/)).toBeVisible()
  await expectCode(page, 'mysqldump -uadmin -p psa')
  await expectCode(page, 'mysqlcheck -c psa smtp_poplocks -uadmin -p')
  await expectCode(page, 'mysqlcheck -r psa smtp_poplocks -uadmin -p')
  await answer(page, 'Still refused')
  await expect(screenHeading(page)).toHaveText(
    'Ask your hosting provider or Plesk support to repair the mail setup',
  )
})

test.describe('admin: outside senders refused by our anti-spam checks', () => {
  test('sender verify on Exim/cPanel: read the log, allow-list with a warning, or ask the owner', async ({
    page,
  }) => {
    await startAdmin(page, /Outside senders can’t send to our users/)
    await answer(page, /Exim, or a cPanel\/WHM server/, /Sender verify failed/)
    await expect(screenHeading(page)).toHaveText('Sender verification refused them: which way out fits?')
    await openWhy(page)
    await expect(page.getByText(/sender verify fail for <frank@remote\.example>/)).toBeVisible()

    await answer(page, /Allow-list one trusted sending server/)
    await expect(screenHeading(page)).toHaveText('Allow-list the trusted sending server')
    await expect(page.getByText(/If it is ever hacked and sends spam/)).toBeVisible()
    await expect(page.getByText(/\/etc\/senderverifybypasshosts/)).toBeVisible()
    await expect(page.getByText('Sender verification bypass IP addresses')).toBeVisible()
    await expect(
      page.locator('p').filter({ hasText: /Do not use WHM’s Trusted SMTP IP addresses/ }),
    ).toContainText('open relay')
    await expectCode(page, 'hostlist no_verify = 203.0.113.40')
    await expectCode(page, '/scripts/restartsrv_exim')

    await page.getByRole('link', { name: 'Back', exact: true }).click()
    await expect(screenHeading(page)).toHaveText('Sender verification refused them: which way out fits?')
    await answer(page, /Ask the sending server’s owner/)
    await expect(screenHeading(page)).toHaveText('Ask the sending server’s owner to fix their side')
    await verdict(page, 'Next: contact the other server’s administrator')
    await expect(page.getByText(/including from the empty sender <>/).first()).toBeVisible()
  })

  test('sender verify on Postfix: relax the rule, keep checks RFC-compliant', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['inbound', 'postfix', 'sender-verify']))
    await answer(page, /Relax or switch off the rule/)
    await expect(screenHeading(page)).toHaveText('Relax the sender verification rule')
    await expect(page.getByText(/prefer those that follow the standards \(RFCs\)/)).toBeVisible()
    await expect(page.getByText(/warn_if_reject/)).toBeVisible()
    await expectCode(page, 'postfix check && postfix reload')
    await expect(codeBlock(page, '/scripts/restartsrv_exim')).toHaveCount(0)
  })
})

test.describe('admin: our users’ mail refused by other servers', () => {
  test('blocklisted: check the IP, then remove the cause before asking for delisting', async ({ page }) => {
    await startAdmin(page, /Other mail servers refuse our users’ mail/)
    await expect(screenHeading(page)).toHaveText('What does the other server say in the bounce?')
    await openWhy(page)
    await expect(page.getByText(/Diagnostic-Code/)).toBeVisible()
    await answer(page, /Blocked, listed, poor reputation/)
    await expect(screenHeading(page)).toHaveText('Is your server’s address on a blocklist?')
    await openWhy(page)
    await expectCode(page, 'dig +short 8.2.0.192.zen.spamhaus.org')
    await answer(page, 'Yes, it is listed')
    await expect(screenHeading(page)).toHaveText('Find and stop the cause, then ask for delisting')
    await expect(page.getByText(/Ask for removal only once the cause is gone/)).toBeVisible()
    await expectCode(page, 'postqueue -p | tail -n 1')
    await expectCode(page, "grep -o 'sasl_username=")
    await expect(page.getByRole('link', { name: /Spamhaus: check an IP address/ })).toHaveAttribute(
      'href',
      'https://check.spamhaus.org/',
    )
    await answer(page, 'Still refused after delisting')
    await expect(screenHeading(page)).toHaveText(
      'Ask the other server’s administrator why they refuse your mail',
    )
    await verdict(page, 'Next: contact the other server’s administrator')
  })

  test('the blocklist lookup builds both links from the typed address and sends nothing', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['remote-refuses', 'blocklist']))
    await expect(screenHeading(page)).toHaveText('Is your server’s address on a blocklist?')
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await openWhy(page)
    await page.getByLabel('Your mail server’s public IP address or domain').fill('192.0.2.8')
    const mxtoolbox = page.getByRole('link', { name: /Check 192\.0\.2\.8 on MXToolbox/ })
    const multirbl = page.getByRole('link', { name: /Check 192\.0\.2\.8 on MultiRBL/ })
    await expect(mxtoolbox).toHaveAttribute('href', /^https:\/\/mxtoolbox\.com\/.*192\.0\.2\.8/)
    await expect(multirbl).toHaveAttribute('href', /^https:\/\/multirbl\.valli\.org\/.*192\.0\.2\.8/)
    expect(requests).toEqual([])
  })

  test('relay refused by their own server: their MX or accepted domains, handed to their admin', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['remote-refuses']))
    await answer(page, /Relay access denied or Unable to relay, from their server/)
    await expect(screenHeading(page)).toHaveText('Their server does not accept mail for their own domain')
    await expectCode(page, 'dig +short MX remote.example')
    await verdict(page, 'Next: contact the other server’s administrator')
  })
})

test.describe('admin: recipient-side misconfiguration on our server', () => {
  test('MX points elsewhere: fix the MX record', async ({ page }) => {
    await startAdmin(page, /Outside senders can’t send to our users/)
    await answer(page, /^Postfix/, /Relay access denied, relay not permitted, or a demand to sign in/)
    await expect(screenHeading(page)).toHaveText('Does your domain’s MX record point to this server?')
    await expectCode(page, 'dig +short MX example.com')
    await answer(page, /No, it points to another or an old server/)
    await expect(screenHeading(page)).toHaveText('Point the MX record at the server that hosts your domain')
    await expect(page.getByText(/lower the TTL a day ahead/)).toBeVisible()
    await answer(page, /Someone else manages our DNS/)
    await expect(screenHeading(page)).toHaveText('Ask your DNS host to correct the MX record')
  })

  test('domain missing after a migration (Postfix): local domain lists, port 25 must not demand sign-in', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['inbound', 'postfix', 'relay']))
    await answer(page, /Yes, it points to this server/)
    await expect(screenHeading(page)).toHaveText('Make the server treat your domain as its own')
    await expectCode(
      page,
      'postconf mydestination virtual_mailbox_domains virtual_alias_domains relay_domains',
    )
    await expect(page.getByText(/Port 25 must not demand sign-in/)).toBeVisible()
  })

  test('domain routed as remote on cPanel: localdomains and Email Routing', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['inbound', 'exim-cpanel', 'relay', 'here']))
    await expectCode(page, 'grep -x example.com /etc/localdomains /etc/remotedomains')
    await expect(page.getByText(/Local Mail Exchanger/)).toBeVisible()
  })

  test('lookup or database errors: query the table behind the domain list', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['inbound', 'postfix']))
    await answer(page, /Temporary lookup failure, a configuration error or a database error/)
    await expect(screenHeading(page)).toHaveText('Bring back the lookup tables behind the server')
    await expect(page.getByText(/451 4\.3\.0 <erin@example\.com>: Temporary lookup failure/)).toBeVisible()
    await expectCode(page, 'postmap -q example.com mysql:/etc/postfix/mysql-virtual-domains.cf')
  })
})

test('admin: reading the codes, 554 5.7.1 is final and 454 4.7.1 is temporary', async ({ page }) => {
  await startAdmin(page, /I have a code such as 554 5\.7\.1 or 454 4\.7\.1/)
  await expect(screenHeading(page)).toHaveText('554 5.7.1 or 454 4.7.1: where did you see it?')
  await openWhy(page)
  await expect(page.getByText(/554 5\.7\.1: a final refusal/)).toBeVisible()
  await expect(page.getByText(/454 4\.7\.1: the same refusal, marked temporary/)).toBeVisible()
  await expect(page.getByText(/defer_unauth_destination/)).toBeVisible()
  await answer(page, /In a bounce: another server refused/)
  await expect(screenHeading(page)).toHaveText('What does the other server say in the bounce?')
})

test.describe('admin: copy buttons', () => {
  for (const { node, caption, code } of [
    {
      node: ['users-send', 'postfix', 'no-auth'],
      caption: /^Copy: Connects the way a mail app does on port 587/,
      code: 'openssl s_client -connect mail.example.com:587 -starttls smtp -crlf -quiet',
    },
    {
      node: ['users-send', 'postfix', 'no-auth'],
      caption: /^Copy: In `\/etc\/postfix\/master\.cf`/,
      code: 'submission inet n       -       n       -       -       smtpd\n  -o syslog_name=postfix/submission\n',
    },
  ]) {
    test(`copies exactly the shown text: ${code.split('\n')[0] ?? ''}`, async ({ page }) => {
      await page.goto(walkUrl('ad-start', node))
      const button = page.getByRole('button', { name: caption })
      await expect(button).toHaveCount(1)
      const shown = await page
        .locator('figure')
        .filter({ has: button })
        .locator('pre')
        .evaluate((pre) => pre.textContent)
      expect(shown).toContain(code)
      await button.click()
      await expect(button).toHaveText('Copied')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown)
    })
  }
})

test('the home screen offers the admin entry with its hint', async ({ page }) => {
  await page.goto('./')
  const link = page.getByRole('link', { name: /I run the mail server/ })
  await expect(link).toContainText('Postfix, Exim/cPanel, Plesk')
})

test.describe('admin: causes from real reports', () => {
  test('a device leaves no log line: the test never reached this server, compare the greeting', async ({
    page,
  }) => {
    await startAdmin(page, /A printer, scanner or application/)
    await answer(page, /^Postfix/)
    await expect(screenHeading(page)).toHaveText('What does your server’s log show for the device’s attempt?')
    await expectCode(page, "grep '192.0.2.10' /var/log/mail.log | tail -n 20")
    await answer(page, /Nothing at the time of the test/)
    await expect(screenHeading(page)).toHaveText('The attempt never reached this server: find where it went')
    await expectCode(page, 'swaks --server mail.example.com --port 587 --quit-after EHLO')
  })

  test('a device that greets with HELO or skips STARTTLS, then cannot sign in: trust its address', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['device', 'exim-cpanel']))
    await expectCode(page, "grep '192.0.2.10' /var/log/exim_mainlog | tail -n 20")
    await answer(page, /tried to sign in and failed/)
    await expect(screenHeading(page)).toHaveText('Make the device’s sign-in match what the server offers')
    await expect(page.getByText(/HELO instead of EHLO/)).toBeVisible()
    await answer(page, /The device cannot sign in at all/)
    await expect(screenHeading(page)).toHaveText('Let the device sign in, or trust its exact address')
    await expect(page.getByText(/\/etc\/alwaysrelay/)).toBeVisible()
  })

  test('container stack: trusted networks in its own settings, recreate, then the Postfix log', async ({
    page,
  }) => {
    await startAdmin(page, /Our users can’t send to outside addresses/)
    await answer(page, /A container mail stack/)
    await expect(screenHeading(page)).toHaveText(
      'Set the trusted networks in the container stack’s own settings',
    )
    await expect(page.getByText(/PERMIT_DOCKER/)).toBeVisible()
    await expectCode(page, 'docker compose up -d --force-recreate mailserver')
    await answer(page, /Still refused: read the Postfix log/)
    await expect(screenHeading(page)).toHaveText('What does the Postfix log show for a refused attempt?')
  })

  test('the smarthost refuses: a client login whose key matches relayhost exactly', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['remote-refuses']))
    await answer(page, /from the smarthost or relay service/)
    await expect(screenHeading(page)).toHaveText(
      'Give your server its own login at the smarthost or relay service',
    )
    await expectCode(page, 'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd')
    await expectCode(page, 'postmap /etc/postfix/sasl_passwd')
  })

  test('port 25 demands sign-in from outside servers: postconf -P for the smtp service', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['inbound', 'postfix']))
    await answer(page, /Authentication required, or SMTP AUTH required, on port 25/)
    await expect(screenHeading(page)).toHaveText('Let other servers deliver on port 25 without signing in')
    await expectCode(page, 'postconf -P | grep -E "^smtp/inet"')
  })

  test('MX at another service while the hosting server keeps the domain: cPanel Email Routing', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['inbound', 'exim-cpanel', 'relay']))
    await answer(page, /mail from our website or hosting server never arrives/)
    await expect(screenHeading(page)).toHaveText(
      'Stop the hosting server keeping your domain’s mail for itself',
    )
    await expect(page.getByText(/Remote Mail Exchanger/)).toBeVisible()
  })

  test('Spamhaus PBL: a policy listing, fixed with a smarthost', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['remote-refuses', 'blocklist']))
    await answer(page, /Only on the Spamhaus PBL/)
    await expect(screenHeading(page)).toHaveText('On the Spamhaus PBL: send through a smarthost')
    await expect(page.getByText(/is not a finding of spam/)).toBeVisible()
    await answer(page, /Show me how to set up the smarthost/)
    await expect(screenHeading(page)).toHaveText(
      'Give your server its own login at the smarthost or relay service',
    )
  })

  test('users refused with “not owned by user”: let the login send as the alias', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['users-send', 'postfix']))
    await answer(page, /Sender address rejected: not owned by user/)
    await expect(screenHeading(page)).toHaveText('Allow each login to send as the addresses it should')
    await expectCode(page, 'postconf smtpd_sender_login_maps')
  })

  test('own users refused by a blocklist check: the submission services drop the port-25 checks', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['users-send', 'postfix']))
    await answer(page, /Our own users refused as/)
    await expect(screenHeading(page)).toHaveText('Offer sign-in on the submission ports (587 and 465)')
    await expectCode(page, '-o smtpd_client_restrictions=')
  })

  test('a device set to sign in that never does: from the trusted-address step to the sign-in checks', async ({
    page,
  }) => {
    await page.goto(walkUrl('ad-start', ['device', 'postfix', 'relay-denied']))
    await answer(page, /set to sign in, yet the log shows no sign-in/)
    await expect(screenHeading(page)).toHaveText('Make the device’s sign-in match what the server offers')
    await expect(page.getByText(/sign in only when told to/)).toBeVisible()
  })

  test('Microsoft 365 5.7.68 direct send refused: the device’s ways to send', async ({ page }) => {
    await page.goto(walkUrl('ad-start', ['users-send', 'm365']))
    await answer(page, /5\.7\.68 TenantInboundAttribution/)
    await expect(screenHeading(page)).toHaveText(
      'Choose how the device or application sends through Microsoft 365',
    )
    await expect(page.getByText(/RejectDirectSend/)).toBeVisible()
  })
})
