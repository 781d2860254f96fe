import { describe, expect, it } from 'vitest'
import { decode, decodeText } from '../decode.ts'
import { decodeEmail } from '../decode-email.ts'
import { EXIM_TEXT_BOUNCE, POSTFIX_TWO_RECIPIENTS } from '../fixtures/emails.ts'
import { SOURCE_FIXTURES } from '../fixtures/sources.ts'
import type { InputSource } from '../types.ts'
import { sourceOf } from './source.ts'

const cases = Object.entries(SOURCE_FIXTURES).flatMap(([source, texts]) =>
  Object.entries(texts).map(([name, text]) => [source as InputSource, name, text] as const),
)

describe('source', () => {
  it.each(cases)('%s: %s', (source, _name, text) => {
    expect(sourceOf(text)).toBe(source)
    for (const d of decodeText(text)) expect(d.source).toBe(source)
  })

  it('is set on unrecognised input too', () => {
    expect(decode('')).toMatchObject({ recognised: false, source: 'unknown' })
    const log = 'Mar  3 10:00:01 mail postfix/smtpd[4242]: connect from client.example.org[203.0.113.9]'
    expect(decode(log)).toMatchObject({ recognised: false, source: 'server-log' })
  })

  it('is the same for every recipient of one paste', () => {
    const text = `<bob@example.net>: host mx.example.net[192.0.2.25] said: 554 5.7.1 Relay access denied

<ann@example.org>: host mx.example.org[198.51.100.30] said: 550 5.1.1 User unknown`
    expect(decodeText(text).map((d) => d.source)).toEqual(['bounce', 'bounce'])
  })

  it('calls an email with a delivery report or bounce text a bounce', async () => {
    for (const d of await decodeEmail(POSTFIX_TWO_RECIPIENTS)) expect(d.source).toBe('bounce')
    for (const d of await decodeEmail(EXIM_TEXT_BOUNCE)) expect(d.source).toBe('bounce')
  })

  it('calls an email that carries log lines a server log', async () => {
    const eml = `From: root@mail.example.com
To: admin@example.com
Subject: mail errors

Mar  3 10:00:01 mail postfix/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: 554 5.7.1 <zoe@example.net>: Relay access denied; from=<alice@example.com> to=<zoe@example.net> proto=ESMTP
`
    const [d] = await decodeEmail(eml)
    expect(d).toMatchObject({ source: 'server-log', reason: 'norelaying' })
  })
})
