import { DEFAULT_PROVIDER } from '../src/config/provider.ts'
import { placeholderValues } from '../src/config/provider-values.ts'
import { exportTree } from '../src/engine/export.ts'
import { ENTRIES, type EntryId } from '../src/trees/entries.ts'
import { tree } from '../src/trees/tree.ts'
import { expect, screenHeading, test } from './support/test.ts'

/**
 * Each cause added from real problem reports, walked as its person would: from the home screen, by
 * clicking the answers they would give (read by their visible labels from the tree), to the screen that
 * holds the fix, which must show the words of that fix.
 */
type CauseWalk = {
  readonly cause: string
  readonly entry: EntryId
  readonly answers: readonly string[]
  /** The words of the fix that screen must show. */
  readonly shows: readonly (string | RegExp)[]
}

const ENTRY_LINK: Record<EntryId, RegExp> = {
  'end-user': /I’m sending from a mail app/,
  admin: /I run the mail server/,
}
const SIGNED_IN_ON_587 = ['on-send', 'thunderbird', 'external', 'on', '587-starttls', 'other']

const WALKS: readonly CauseWalk[] = [
  {
    cause: 'iPhone sends an address through another account’s server; an alias is still refused',
    entry: 'end-user',
    answers: ['on-send', 'ios-mail', 'one-address', 'alias-refused'],
    shows: [/Please allow my account to send from this address/],
  },
  {
    cause: 'Gmail “Send mail as” through another provider’s server',
    entry: 'end-user',
    answers: ['on-send', 'gmail-android', 'one-address'],
    shows: [/Accounts and Import › Send mail as/],
  },
  {
    cause: 'the app believes it signs in but does not, or sign-in is offered on the other port only',
    entry: 'end-user',
    answers: [...SIGNED_IN_ON_587, 'no', 'everywhere', 'works'],
    shows: [/keep an old outgoing login/, /only one of 587 \(STARTTLS\) and 465 \(SSL\/TLS\)/],
  },
  {
    cause: 'it reaches a different server on some networks (port 25 taken over, the ISP’s server)',
    entry: 'end-user',
    answers: [...SIGNED_IN_ON_587, 'no', 'some-networks'],
    shows: [/quietly hand it to their own server/, /accepts mail only from its own network/],
  },
  {
    cause: 'new Outlook with permission by network address',
    entry: 'end-user',
    answers: ['on-send', 'outlook-new', 'external', 'on', '587-starttls', 'other', 'yes', 'same'],
    shows: [/connect to your provider from Microsoft’s servers/],
  },
  {
    cause: 'a device’s test never reached the server',
    entry: 'admin',
    answers: ['device', 'postfix', 'nothing'],
    shows: [/--quit-after EHLO/],
  },
  {
    cause: 'a device greets with HELO or does not start TLS before signing in',
    entry: 'admin',
    answers: ['device', 'exim-cpanel', 'auth-problem'],
    shows: [/HELO instead of EHLO/],
  },
  {
    cause: 'a device sends as an address its login does not own',
    entry: 'admin',
    answers: ['device', 'plesk', 'sender-refused'],
    shows: [/address of the account it signs in with/, /Reply-To/],
  },
  {
    cause: 'Microsoft 365 refuses a device’s direct send',
    entry: 'admin',
    answers: ['users-send', 'm365', '5-7-68'],
    shows: [/RejectDirectSend/],
  },
  {
    cause: 'the smarthost or relay service refuses the server',
    entry: 'admin',
    answers: ['remote-refuses', 'smarthost'],
    shows: [/smtp_sasl_password_maps/],
  },
  {
    cause: 'port 25 demands sign-in through a service override',
    entry: 'admin',
    answers: ['inbound', 'postfix', 'auth-required'],
    shows: [/postconf -P/],
  },
  {
    cause: 'a changed configuration was not reloaded or regenerated',
    entry: 'admin',
    answers: ['users-send', 'postfix', 'no-auth', 'still-failing', 'still-failing'],
    shows: [/postfix check && postfix reload/, /a per-service override wins/],
  },
  {
    cause: 'a container mail stack keeps its own trusted networks',
    entry: 'admin',
    answers: ['users-send', 'container'],
    shows: [/force-recreate/],
  },
  {
    cause: 'Plesk treats a domain as local while its MX points elsewhere',
    entry: 'admin',
    answers: ['inbound', 'plesk', 'relay', 'hosting'],
    shows: [/switch off the mail service for the domain/],
  },
  {
    cause: 'the server’s address is on the Spamhaus PBL',
    entry: 'admin',
    answers: ['remote-refuses', 'blocklist', 'pbl'],
    shows: [/is not a finding of spam/],
  },
  {
    cause: 'users send as an address their login does not own',
    entry: 'admin',
    answers: ['users-send', 'postfix', 'not-owned'],
    shows: [/smtpd_sender_login_maps/],
  },
  {
    cause: 'a personal Gmail account pointed at Google Workspace’s relay service',
    entry: 'admin',
    answers: ['device', 'google'],
    shows: [/personal @gmail\.com account cannot use it/, /smtp\.gmail\.com instead/],
  },
  {
    cause: 'an app greets Google’s relay as localhost and is dropped at EHLO',
    entry: 'admin',
    answers: ['device', 'google'],
    shows: [/not a generic name such as localhost/, /closing connection\. \(EHLO\)/],
  },
  {
    cause: 'a Postfix image’s client restrictions end in a plain reject before the sign-in rule',
    entry: 'admin',
    answers: ['users-send', 'container', 'still-failing', 'authed-refused'],
    shows: [/smtpd_client_restrictions/, /Client host rejected/],
  },
  {
    cause: 'Dovecot does not start, so Postfix finds no sign-in socket',
    entry: 'admin',
    answers: ['users-send', 'postfix', 'sasl-failed'],
    shows: [/Dovecot may not be running at all/, /doveconf -n/],
  },
  {
    cause: 'a cPanel update made sign-in wait for encryption: keep it, change the apps',
    entry: 'admin',
    answers: ['users-send', 'exim-cpanel', 'after-update'],
    shows: [/One change to keep/],
  },
]

const exported = exportTree(tree, placeholderValues(DEFAULT_PROVIDER))
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The label of answer `key` on `node`, and the node it leads to. */
function answerAt(node: string, key: string) {
  const answer = exported.nodes[node]?.answers.find((a) => a.key === key)
  if (answer === undefined) throw new Error(`${node} has no answer ${key}`)
  return answer
}

test.describe('causes from real reports, walked by clicking', () => {
  for (const walk of WALKS) {
    test(walk.cause, async ({ page }) => {
      await page.goto('./')
      await page.getByRole('link', { name: ENTRY_LINK[walk.entry] }).click()
      let node: string = ENTRIES[walk.entry]
      for (const key of walk.answers) {
        await expect(screenHeading(page)).toHaveText(exported.nodes[node]?.title ?? '')
        const answer = answerAt(node, key)
        await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(answer.label)}`) }).click()
        node = answer.next
      }
      await expect(screenHeading(page)).toHaveText(exported.nodes[node]?.title ?? '')
      for (const words of walk.shows) await expect(page.getByText(words).first()).toBeVisible()
    })
  }
})
