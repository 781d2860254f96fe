import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decode, decodeText } from '../decode.ts'
import { decodeEmail } from '../decode-email.ts'
import { REMOTE_HOST_FIXTURES } from '../fixtures/remote-hosts.ts'
import { RULE_FIXTURES } from '../fixtures/rule-fixtures.ts'
import { flat } from '../flat.ts'
import { cleanHost, findRemoteHost, REMOTE_HOST_FORMS } from './remote-host.ts'

describe('remote host forms', () => {
  it('has unique ids, a fixture for every form and no fixture without a form', () => {
    const ids = REMOTE_HOST_FORMS.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(Object.keys(REMOTE_HOST_FIXTURES).filter((id) => !ids.includes(id))).toEqual([])
    expect(ids.filter((id) => REMOTE_HOST_FIXTURES[id] === undefined)).toEqual([])
  })

  it.each(REMOTE_HOST_FORMS.map((f) => [f.id] as const))('%s finds the server in its fixture', (id) => {
    const fixture = REMOTE_HOST_FIXTURES[id]
    if (fixture === undefined) throw new Error(`no fixture for ${id}`)
    expect(findRemoteHost(fixture.text)).toMatchObject({ form: id, value: fixture.host })
    const d = decode(fixture.text)
    expect(flat(d).remoteMta).toBe(fixture.host)
    const span = d.evidence.find((e) => e.text === fixture.host)
    expect(span, 'the server is shown as evidence').toBeDefined()
  })
})

describe('remoteMta names the server that refused, never the reporting one', () => {
  it('gives the Postfix bounce’s remote host, not "the mail system at host X" or the Reporting-MTA', () => {
    const text = `Reporting-MTA: dns; mail.example.com
Final-Recipient: rfc822; bob@example.net

This is the mail system at host mail.example.com.
<bob@example.net>: host mx.example.net[203.0.113.5] said: 554 5.7.1 <bob@example.net>: Relay access denied (in reply to RCPT TO command)`
    expect(decode(text)).toMatchObject({
      remoteMta: 'mx.example.net',
      side: 'recipient-server',
      reason: 'norelaying',
    })
  })

  it('gives the Exim delivery failure’s H= host (seed article excerpt)', () => {
    const fixture = REMOTE_HOST_FIXTURES['exim.log-delivery']
    expect(decode(fixture?.text ?? '')).toMatchObject({
      remoteMta: 'exampleserver.com',
      side: 'recipient-server',
    })
  })

  it('gives an Exim bounce’s "host X [ip]" before "SMTP error from remote mail server"', () => {
    const text = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bob@example.net
    host mx.example.net [203.0.113.5]
    SMTP error from remote mail server after RCPT TO:<bob@example.net>:
    550 5.7.1 Relaying denied`
    expect(decode(text)).toMatchObject({ remoteMta: 'mx.example.net', side: 'recipient-server' })
  })

  it('names nothing for the mail system line alone', () => {
    const text =
      'This is the mail system at host mail.example.com.\n\n<bob@example.net>: 554 5.7.1 Relay access denied'
    expect(flat(decode(text)).remoteMta).toBeNull()
  })

  it('never gives the client of an incoming log line (Postfix NOQUEUE, Exim H= without a transport)', () => {
    const postfix =
      'Mar  3 10:00:01 mail postfix/smtpd[4242]: NOQUEUE: reject: RCPT from client.example.org[203.0.113.9]: 554 5.7.1 <zoe@example.net>: Relay access denied; from=<alice@example.org> to=<zoe@example.net> proto=ESMTP helo=<laptop>'
    expect(decode(postfix)).toMatchObject({ remoteMta: null, side: 'sender-server' })
    const exim =
      '2024-03-03 10:00:01 H=client.example.org [203.0.113.5] F=<ann@example.org> rejected RCPT <bob@example.net>: relay not permitted'
    expect(decode(exim)).toMatchObject({ remoteMta: null, side: 'sender-server' })
  })

  it('never gives the Received-From-MTA, nor a Remote-MTA that is the Reporting-MTA', () => {
    const text = `Reporting-MTA: dns; mail.example.com
Received-From-MTA: dns; client.example.org

Final-Recipient: rfc822; bob@example.net
Action: failed
Status: 5.7.1
Remote-MTA: dns; mail.example.com
Diagnostic-Code: smtp; 554 5.7.1 <bob@example.net>: Relay access denied`
    expect(flat(decode(text)).remoteMta).toBeNull()
  })

  it('does not take Exchange’s generating server when another server returned the error', () => {
    const text = `Generating server: mail.example.com

bob@example.net
Remote Server returned '550 5.7.1 Unable to relay'`
    expect(flat(decode(text)).remoteMta).toBeNull()
  })

  it('does not take the sender’s IP in brackets from a quoted Microsoft reply', () => {
    const text =
      "bob@example.net\nRemote Server returned '550 5.7.606 Access denied, banned sending IP [198.51.100.23]'"
    expect(flat(decode(text)).remoteMta).toBeNull()
  })

  it('names the submission server on the sender side when the mail app names it, else nothing', () => {
    const named = REMOTE_HOST_FIXTURES['thunderbird.outgoing-server']?.text ?? ''
    expect(decode(named)).toMatchObject({ side: 'sender-server', remoteMta: 'smtp.example.com' })
    const unnamed =
      'An error occurred while sending mail. The mail server responded: 5.7.1 <zoe@example.net>: Relay access denied.'
    expect(decode(unnamed)).toMatchObject({ side: 'sender-server', remoteMta: null })
  })

  it('strips trailing dots and brackets', () => {
    expect(cleanHost('mx.example.net.')).toEqual({ value: 'mx.example.net', offset: 0 })
    expect(cleanHost(' [192.0.2.1]')).toEqual({ value: '192.0.2.1', offset: 2 })
    expect(cleanHost('<mx.example.net> (192.0.2.1)')).toEqual({ value: 'mx.example.net', offset: 1 })
    expect(cleanHost('localhost')).toBeNull()
    expect(flat(decode('Remote-MTA: dns; mx.example.net.\n\n550 5.7.1 Relaying denied')).remoteMta).toBe(
      'mx.example.net',
    )
  })

  it('gives the parsed DSN’s Remote-MTA without its brackets in an email', async () => {
    const eml = `From: MAILER-DAEMON@mail.example.com
To: alice@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

This is the mail system at host mail.example.com.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com

Final-Recipient: rfc822; bob@example.net
Action: failed
Status: 5.7.1
Remote-MTA: dns; [203.0.113.5]
Diagnostic-Code: smtp; 554 5.7.1 <bob@example.net>: Relay access denied

--b1--
`
    const [d] = await decodeEmail(eml)
    expect(d).toMatchObject({ remoteMta: '203.0.113.5', side: 'recipient-server', source: 'bounce' })
  })
})

describe('remoteMta property', () => {
  const fixtures = [
    ...Object.values(RULE_FIXTURES),
    ...Object.values(REMOTE_HOST_FIXTURES).map((f) => f.text),
  ]
  const text = fc.oneof(
    fc.string(),
    fc.constantFrom(...fixtures),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(...fixtures),
          fc.string(),
          fc.constantFrom('host ', '[192.0.2.1]', ' said: ', 'H=', 'T=x ', '\n', 'Remote-MTA: dns; ', '.'),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join('')),
  )

  it('is null or a substring of the input text (decodeText)', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const d of decodeText(s).map(flat)) if (d.remoteMta !== null) expect(s).toContain(d.remoteMta)
      }),
      { numRuns: 500 },
    )
  })
})
