import { describe, expect, it } from 'vitest'
import { decode } from '../decode.ts'
import { flat } from '../flat.ts'
import type { DecodeHint } from './landing.ts'

const land = (text: string, hint?: DecodeHint) => decode(text, hint).node
const END_USER: DecodeHint = { role: 'end-user' }
const ADMIN: DecodeHint = { role: 'admin' }

const POSTFIX_SUBMISSION =
  'Mar  3 10:00:01 mx postfix/smtpd[1234]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 554 5.7.1 <bob@example.net>: Relay access denied; from=<alice@example.com> to=<bob@example.net> proto=ESMTP helo=<laptop>'
const POSTFIX_OUTBOUND =
  'Mar  3 10:00:01 mx postfix/smtp[99]: 4AB12: to=<bob@example.net>, relay=mx.example.net[192.0.2.7]:25, dsn=5.7.1, status=bounced (host mx.example.net[192.0.2.7] said: 554 5.7.1 <bob@example.net>: Relay access denied (in reply to RCPT TO command))'
const EXIM_INBOUND_DNSBL =
  '2024-03-03 10:00:01 H=(sender.example.org) [192.0.2.9] F=<ann@example.org> rejected RCPT <bob@example.com>: JunkMail rejected - (sender.example.org) [192.0.2.9] is in an RBL: blocked using zen.spamhaus.org'
const BOUNCE_REMOTE_RELAY =
  'This is the mail system at host mail.example.com.\n\n<zoe@example.net>: host mx.example.net[192.0.2.7] said: 554 5.7.1 <zoe@example.net>: Relay access denied (in reply to RCPT TO command)'

describe('direction of the refused connection', () => {
  it.each([
    ['a Postfix smtpd reject (a client handing in mail)', POSTFIX_SUBMISSION, 'submission'],
    ['a Postfix delivery refused by another server', POSTFIX_OUTBOUND, 'outbound'],
    ['an Exim refusal of an outside sender by blocklist', EXIM_INBOUND_DNSBL, 'inbound'],
    ['a bounce quoting the recipient’s server', BOUNCE_REMOTE_RELAY, 'outbound'],
    [
      'Outlook’s send-time error',
      "Server error: '554 5.7.1 <x@example.net>: Relay access denied'",
      'submission',
    ],
    ['a bare reply line', '554 5.7.1 <zoe@example.net>: Relay access denied', 'unknown'],
  ])('%s', (_name, text, direction) => {
    expect(flat(decode(text)).direction).toBe(direction)
  })
})

describe('landing by role and flow', () => {
  it('lands an admin’s server log in the admin branch, in the part for its flow', () => {
    expect(land(POSTFIX_SUBMISSION)).toBe('ad-pf-log')
    expect(land(POSTFIX_OUTBOUND)).toBe('ad-their-relay')
    expect(land(EXIM_INBOUND_DNSBL)).toBe('ad-dnsbl-resolver')
  })

  it('keeps an end user’s paste in the end-user branch', () => {
    expect(land(BOUNCE_REMOTE_RELAY)).toBe('eu-rcpt-relay')
    expect(land(POSTFIX_SUBMISSION, END_USER)).toBe('eu-auth-on')
  })

  it('reads a bounce an admin got from an outside sender in the flow they pasted it from', () => {
    expect(land(BOUNCE_REMOTE_RELAY, ADMIN)).toBe('ad-their-relay')
    expect(land(BOUNCE_REMOTE_RELAY, { role: 'admin', flow: 'inbound' })).toBe('ad-in-mx')
  })

  it('lets the admin’s own log win over the flow hint', () => {
    expect(land(POSTFIX_OUTBOUND, { role: 'admin', flow: 'inbound' })).toBe('ad-their-relay')
  })

  it('sends a device’s refused submission to the device part', () => {
    expect(land(POSTFIX_SUBMISSION, { role: 'admin', flow: 'device' })).toBe('ad-dev-log')
  })
})

describe('a mail app’s send-time error lands on the sign-in check', () => {
  it.each([
    ['Outlook', "Server error: '554 5.7.1 <bob@example.net>: Relay access denied'"],
    [
      'Thunderbird',
      'An error occurred while sending mail. The mail server responded: 554 5.7.1 <bob@example.net>: Relay access denied. Please check the message recipient "bob@example.net" and try again.',
    ],
    ['Apple Mail and iOS', 'The recipient was rejected by the server because it does not allow relaying.'],
  ])('%s', (_name, text) => {
    expect(decode(text)).toMatchObject({ side: 'sender-server', direction: 'submission', node: 'eu-auth-on' })
  })
})

describe('known misroutes', () => {
  it('"not owned by user" is about the From address', () => {
    const text = '553 5.7.1 <bob@example.com>: Sender address rejected: not owned by user bob@example.com'
    expect(land(text)).toBe('eu-from-address')
    expect(land(text, ADMIN)).toBe('ad-sender-login')
    expect(land(text, { role: 'admin', flow: 'device' })).toBe('ad-dev-sender')
  })

  it('"Relaying disallowed" is about the From address', () => {
    const text = '553 Relaying disallowed as Shop <shop@example.com>'
    expect(land(text)).toBe('eu-from-address')
    expect(land(text, ADMIN)).toBe('ad-sender-login')
    expect(land(text, { role: 'admin', flow: 'device' })).toBe('ad-dev-sender')
  })

  it('5.7.64 TenantAttribution goes to the admin’s connector, not the user’s sign-in', () => {
    const text = '550 5.7.64 TenantAttribution; Relay Access Denied SMTP'
    expect(land(text)).toBe('ad-m365-connector')
    expect(land(text, ADMIN)).toBe('ad-m365-connector')
  })

  it('454 4.7.0 temporary authentication failure goes to the provider’s sign-in service, not “wait”', () => {
    const text = '454 4.7.0 Temporary authentication failure'
    expect(land(text)).toBe('eu-ask-provider')
    expect(land(text, ADMIN)).toBe('ad-pf-sasl')
  })

  it('530 5.7.0 "Must issue a STARTTLS command first" goes to the encryption setting', () => {
    const text = '530 5.7.0 Must issue a STARTTLS command first'
    expect(land(text)).toBe('eu-fix-port')
    expect(land(text, ADMIN)).toBe('ad-cp-tls')
  })

  it('"Sender address rejected: Access denied" is the sender’s own server refusing the address', () => {
    const text = '554 5.7.1 <web@example.com>: Sender address rejected: Access denied'
    expect(decode(text)).toMatchObject({ side: 'sender-server', node: 'eu-from-address' })
    expect(land(text, ADMIN)).toBe('ad-dev-sender')
  })

  it('454 4.7.1 relay refusals never land on “wait”, whoever reads them', () => {
    for (const text of [
      '454 4.7.1 <bob@example.net>: Relay access denied',
      "Server error: '454 4.7.1 <bob@example.net>: Relay access denied'",
      BOUNCE_REMOTE_RELAY.replace('554 5.7.1', '454 4.7.1'),
    ]) {
      expect(flat(decode(text)).permanent).toBe(false)
      expect(land(text)).not.toBe('eu-temporary')
    }
  })
})

describe('facts for the message', () => {
  it('keeps the error’s own time stamp', () => {
    expect(flat(decode(POSTFIX_SUBMISSION)).when).toBe('Mar  3 10:00:01')
    expect(flat(decode(EXIM_INBOUND_DNSBL)).when).toBe('2024-03-03 10:00:01')
    expect(flat(decode('554 5.7.1 Relay access denied')).when).toBeNull()
  })
})

describe('a bare temporary relay refusal (454 4.7.1)', () => {
  const BARE_454 = '454 4.7.1 <bob@example.net>: Relay access denied'

  it.each([
    ['with the recipient', BARE_454],
    ['without it', '454 4.7.1 Relay access denied'],
    [
      'as an application logged it',
      'SMTPAddressFailedException: 454 4.7.1 <bob@example.net>: Relay access denied',
    ],
  ])('lands an end user on the sign-in check, %s: their own server refused at send time', (_name, text) => {
    const d = flat(decode(text, END_USER))
    expect(d.node).toBe('eu-auth-on')
    expect(d.side).toBe('sender-server')
    expect(d.direction).toBe('submission')
    // Temporary in code, so the card says a relay refusal does not clear by itself (not "wait").
    expect(d.permanent).toBe(false)
    expect(d.reason).toBe('norelaying')
  })

  it('lands an admin in the submission part', () => {
    expect(land(BARE_454, ADMIN)).toBe('ad-pf-log')
  })

  it('follows the context when there is one: a delay notice quoting the recipient’s server', () => {
    const notice = `This is the mail system at host mail.example.com.\n\n<bob@example.net>: host mx.example.net[192.0.2.7] said: ${BARE_454} (in reply to RCPT TO command)`
    expect(land(notice)).toBe('eu-rcpt-relay')
  })

  it('leaves a bare final refusal (554) to the question of which server refused', () => {
    expect(land('554 5.7.1 <bob@example.net>: Relay access denied')).toBe('eu-bounce-who')
  })
})
