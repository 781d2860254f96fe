import type { Rule } from '../types.ts'
import { words } from './pattern.ts'

/** Sender-verify callouts: the recipient's server checked the sender address and the check failed. */
export const SENDER_VERIFY_RULES = [
  {
    id: 'exim.sender-verify',
    reason: 'rejected',
    pattern: words(
      'Sender verify failed',
      'sender verify fail for',
      'Sender verification failed',
      'Verification failed for',
      'could not verify sender',
      'Sender address rejected: undeliverable address',
      'unverified sender',
      'sender verify defer',
    ),
    side: 'recipient-server',
    sideFixed: true,
    node: 'eu-sender-verify',
    why: "The recipient's server tried to verify the sender address and the sender's server refused",
  },
] as const satisfies readonly Rule[]

/** SPF / DKIM / DMARC: "not authorized"-sounding, but about DNS records, not relaying. */
export const SENDER_AUTH_RULES = [
  {
    id: 'auth-records.spf-dkim-dmarc',
    reason: 'authfailure',
    // Whole words only: Exim router names such as "dkim_lookuphost" are not DKIM failures.
    pattern:
      /\b(?:SPF|DKIM|DMARC)\b|Sender\s+Policy\s+Framework|sender\s+authentication|doesn't\s+meet\s+the\s+authentication\s+requirements|is\s+not\s+allowed\s+to\s+send\s+mail\./i,
    side: 'recipient-server',
    why: 'The message failed the sender domain checks (SPF, DKIM or DMARC)',
  },
  {
    id: 'auth-records.status',
    reason: 'authfailure',
    status: /^[45]\.7\.(?:2[0-46]|29|509)$/,
    side: 'recipient-server',
    why: 'Status 5.7.23–26 / 5.7.509: SPF, DKIM or DMARC failed',
  },
] as const satisfies readonly Rule[]

export const REJECTED_SENDER_RULES = [
  {
    id: 'sender.rejected',
    reason: 'rejected',
    pattern: words(
      'sender address rejected',
      'sender rejected',
      'sender was rejected',
      'sender is rejected',
      'invalid sender',
      'sender not pre-approved',
      'sender email address rejected',
      'domain of sender address',
      'sender domain is empty',
      'sender address has been blacklisted',
      'sender is in my black list',
      'sender is spammer',
      'null sender is not allowed',
      'empty envelope senders not allowed',
      'bogus mail from',
      'unroutable sender address',
      'mail from not owned by user',
      'returned mail not accepted here',
      'you are not a member of this mailing list',
      'this server does not accept mail from',
      'you are not allowed to post to this mailing list',
      'not a registered gateway user',
      'your access to submit messages to this e-mail system has been rejected',
      'your email address has been blacklisted',
      'fully qualified email address required',
      'administrative prohibition',
      'delivery not authorized, message refused',
      'envelope blocked',
      'BATV',
      'no third-party DSNs',
      'unsigned DSN',
      'emetteur invalide',
      'access denied (in reply to mail from command)',
      'access denied (sender blacklisted)',
      'sending this from a different address or alias',
      'sender address',
      'mx records for',
      "can't determine purported responsible address",
      'denied [bouncedeny]',
      'valid-address-filter',
    ),
    unless: words('recipient address rejected', 'sender ip address rejected', '5.1.0 address rejected'),
    side: 'recipient-server',
    why: "The recipient's server refused the sender (envelope From) address",
  },
  {
    id: 'sender.refused-at-mail-from',
    reason: 'rejected',
    pattern: words('access denied', 'denied', 'rejected', 'not allowed', 'refused', 'does not exist'),
    commands: ['MAIL'],
    side: 'recipient-server',
    why: "The recipient's server refused the message at MAIL FROM, i.e. because of the sender",
  },
  {
    id: 'sender.rejected-status',
    reason: 'rejected',
    status: /^[45]\.1\.[78]$/,
    side: 'recipient-server',
    why: "Status X.1.7 / X.1.8: bad sender's address",
  },
] as const satisfies readonly Rule[]
