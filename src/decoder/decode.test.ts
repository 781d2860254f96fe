import { describe, expect, it } from 'vitest'
import { decode, decodeText } from './decode.ts'
import { flat } from './flat.ts'
import type { Diagnosis } from './types.ts'

/** The two log excerpts of the seed article, verbatim (including the page's mangled addresses). */
const SEED_EXIM_DELIVERY = `2018-10-30 15:22:23 1brcGf-0006ac-Mf ** [email protected]
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

function expectSpansMatch(text: string, d: Diagnosis): void {
  for (const e of d.evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0)
    expect(e.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(e.start, e.end)).toBe(e.text)
  }
}

describe('seed article excerpts', () => {
  it('decodes the Exim delivery failure as the remote server refusing this recipient by policy', () => {
    const d = decode(SEED_EXIM_DELIVERY)
    // Sisimai's reason is kept, but 5.7.1 "Access denied" does not say the address is missing.
    expect(d).toMatchObject({
      recognised: true,
      replyCode: '554',
      enhancedStatus: '5.7.1',
      permanent: true,
      side: 'recipient-server',
      reason: 'userunknown',
      direction: 'outbound',
      // A server log is an admin's: their server's outgoing mail was refused by the other server.
      node: 'ad-their-relay',
      mta: 'exim',
    })
    expectSpansMatch(SEED_EXIM_DELIVERY, d)
    expect(decode(SEED_EXIM_DELIVERY, { role: 'end-user' }).node).toBe('eu-rcpt-relay')
  })

  it('decodes the sender-verify callout as a sender verification failure, not a relay problem', () => {
    const d = decode(SEED_SENDER_VERIFY)
    expect(d).toMatchObject({
      recognised: true,
      reason: 'rejected',
      direction: 'inbound',
      // The admin's own server refused an outside sender by sender verification.
      node: 'ad-svf',
      replyCode: '554',
    })
    expectSpansMatch(SEED_SENDER_VERIFY, d)
    expect(decode(SEED_SENDER_VERIFY, { role: 'end-user' }).node).toBe('eu-sender-verify')
  })
})

describe('relay pair and sides', () => {
  it('reads a mail app dialog as the user’s own server refusing (sender side)', () => {
    const text =
      'An error occurred while sending mail. The mail server responded: 5.7.1 <zoe@example.net>: Relay access denied. Please check the message recipient "zoe@example.net" and try again.'
    expect(decode(text)).toMatchObject({
      reason: 'norelaying',
      enhancedStatus: '5.7.1',
      permanent: true,
      side: 'sender-server',
      node: 'eu-auth-on',
      recipient: 'zoe@example.net',
    })
  })

  it('reads a Postfix NOQUEUE reject with 454 4.7.1 as a transient sender-side refusal', () => {
    const text =
      'Mar  3 10:00:01 mail postfix/submission/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: 454 4.7.1 <zoe@example.net>: Relay access denied; from=<alice@example.com> to=<zoe@example.net> proto=ESMTP helo=<laptop>'
    expect(decode(text)).toMatchObject({
      replyCode: '454',
      enhancedStatus: '4.7.1',
      permanent: false,
      side: 'sender-server',
      direction: 'submission',
      reason: 'norelaying',
      node: 'ad-pf-log',
      recipient: 'zoe@example.net',
      mta: 'postfix',
      when: 'Mar  3 10:00:01',
    })
    expect(decode(text, { role: 'end-user' }).node).toBe('eu-auth-on')
  })

  it('reads "host X said" as the recipient’s server refusing', () => {
    const text =
      '<zoe@example.net>: host mx.example.net[192.0.2.7] said: 554 5.7.1 <zoe@example.net>: Relay access denied (in reply to RCPT TO command)'
    expect(decode(text)).toMatchObject({
      side: 'recipient-server',
      node: 'eu-rcpt-relay',
      remoteMta: 'mx.example.net',
      recipient: 'zoe@example.net',
    })
  })

  it('says "unknown" when a bare relay line does not tell who refused', () => {
    expect(decode('554 5.7.1 <zoe@example.net>: Relay access denied')).toMatchObject({
      side: 'unknown',
      node: 'eu-bounce-who',
    })
  })

  it('sends the cPanel "turn on SMTP Authentication" text from a remote host to the recipient branch', () => {
    const text =
      'SMTP error from remote mail server after RCPT TO:<sales@example.net>:\n550-Please turn on SMTP Authentication in your mail client.\n550 not permitted to relay through this server without authentication.'
    expect(decode(text)).toMatchObject({
      reason: 'norelaying',
      side: 'recipient-server',
      node: 'eu-rcpt-relay',
    })
  })

  it('lands "Recipient address rejected: Access denied" by its status: 5.7.x on relay, M365 5.4.1 on invalid', () => {
    const policy = '554 5.7.1 <tom@example.net>: Recipient address rejected: Access denied'
    expect(decode(policy)).toMatchObject({ reason: 'userunknown', node: 'eu-rcpt-relay' })
    const m365 =
      "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]'"
    expect(decode(m365)).toMatchObject({ reason: 'userunknown', node: 'eu-rcpt-invalid' })
  })

  it('tells Microsoft 365 5.4.1 "Access denied" (unknown recipient) from 5.4.1 "Relay Access Denied"', () => {
    expect(decode('550 5.4.1 Recipient address rejected: Access denied. AS(201806281)')).toMatchObject({
      reason: 'userunknown',
      node: 'eu-rcpt-invalid',
    })
    expect(decode('550 5.4.1 Relay Access Denied')).toMatchObject({
      reason: 'norelaying',
      side: 'recipient-server',
      node: 'eu-rcpt-relay',
    })
  })
})

describe('multiple recipients in pasted text', () => {
  it('returns one diagnosis per recipient, in order', () => {
    const text = `<bob@example.net>: host mx.example.net[192.0.2.25] said: 554 5.7.1
    <bob@example.net>: Relay access denied (in reply to RCPT TO command)

<nobody@example.org>: host mx.example.org[198.51.100.30] said: 552 5.2.2
    <nobody@example.org>: Mailbox full (in reply to RCPT TO command)
`
    const list = decodeText(text)
    expect(list.map((d) => [d.recipient, flat(d).reason, d.node])).toEqual([
      ['bob@example.net', 'norelaying', 'eu-rcpt-relay'],
      ['nobody@example.org', 'mailboxfull', 'eu-rcpt-full'],
    ])
    for (const d of list) expectSpansMatch(text, d)
  })
})

describe('unrecognised input', () => {
  it.each(['', 'hello world', '<p>Thanks for your order!</p>', '<script>alert(1)</script>'])('%j', (text) => {
    const list = decodeText(text)
    expect(list).toHaveLength(1)
    expect(list[0]).toEqual({
      recognised: false,
      source: 'unknown',
      node: 'eu-start',
      recipient: null,
      evidence: [],
    })
  })

  it('decodes a German NDR line by its codes', () => {
    const d = decode('Die Nachricht konnte nicht zugestellt werden: 550 5.1.1 Empfänger unbekannt')
    expect(d).toMatchObject({
      recognised: true,
      replyCode: '550',
      enhancedStatus: '5.1.1',
      reason: 'userunknown',
    })
  })
})

describe('fallbacks when no wording rule decides', () => {
  it('reads a 501–504 reply as a command syntax error', () => {
    const text =
      '<bob@example.net>: host mx.example.net[192.0.2.1] said: 504 Command parameter not implemented (in reply to RCPT TO command)'
    expect(decode(text)).toMatchObject({ reason: 'syntaxerror', replyCode: '504', permanent: true })
  })

  it('calls a failure with no code permanent unless the report says it is still retrying', () => {
    const failed = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. The following address(es) failed:

  bob@example.net
    retry timeout exceeded`
    expect(decode(failed)).toMatchObject({ reason: 'expired', replyCode: null, permanent: true })
    const delayed = `Delivery to the following recipient has been delayed:

     bob@example.net

This is a temporary failure report. The message will be retried for 2 more days.
Message is delayed: mail for example.net loops back to myself`
    expect(decode(delayed)).toMatchObject({ replyCode: null, permanent: false })
  })

  it('gives no permanence for what is not a failure', () => {
    expect(flat(decode('hello world')).permanent).toBeNull()
  })
})
