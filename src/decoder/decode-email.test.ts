import { describe, expect, it } from 'vitest'
import { decodeEmail } from './decode-email.ts'
import {
  APPLE_UNSUBSCRIBE,
  AUTO_REPLY,
  EXIM_TEXT_BOUNCE,
  FORWARDED_REPORT,
  POSTFIX_TWO_RECIPIENTS,
  POWERMTA_BAD_MAILBOX,
  REPORT_WITHOUT_BOUNDARIES,
} from './fixtures/emails.ts'
import { flat } from './flat.ts'
import { looksLikeEmail } from './parse/parse-email.ts'

describe('decodeEmail', () => {
  it('reads each recipient of the delivery-status part, in order', async () => {
    const list = await decodeEmail(POSTFIX_TWO_RECIPIENTS)
    expect(list).toHaveLength(2)
    expect(list[0]).toMatchObject({
      recipient: 'bob@example.net',
      replyCode: '554',
      enhancedStatus: '5.7.1',
      reason: 'norelaying',
      side: 'recipient-server',
      remoteMta: 'mx.example.net',
      node: 'eu-rcpt-relay',
    })
    expect(list[1]).toMatchObject({
      recipient: 'nobody@example.org',
      replyCode: '550',
      enhancedStatus: '5.1.1',
      reason: 'userunknown',
      node: 'eu-rcpt-invalid',
    })
  })

  it('gives evidence spans that index into the raw message', async () => {
    for (const d of await decodeEmail(POSTFIX_TWO_RECIPIENTS)) {
      expect(d.evidence.length).toBeGreaterThan(0)
      for (const e of d.evidence) expect(POSTFIX_TWO_RECIPIENTS.slice(e.start, e.end)).toBe(e.text)
    }
  })

  it('accepts bytes as well as text', async () => {
    const bytes = new TextEncoder().encode(POSTFIX_TWO_RECIPIENTS)
    const fromBytes = await decodeEmail(bytes)
    const fromArrayBuffer = await decodeEmail(bytes.slice().buffer)
    expect(fromBytes.map((d) => flat(d).reason)).toEqual(['norelaying', 'userunknown'])
    expect(fromArrayBuffer.map((d) => flat(d).reason)).toEqual(['norelaying', 'userunknown'])
  })

  it('falls back to the readable body when there is no delivery-status part', async () => {
    const [d] = await decodeEmail(EXIM_TEXT_BOUNCE)
    expect(d).toMatchObject({
      recipient: 'sales@example.net',
      reason: 'norelaying',
      side: 'recipient-server',
      node: 'eu-rcpt-relay',
      remoteMta: 'mail.example.net',
      mta: 'exim',
      replyCode: '550',
    })
  })

  it('recognises an out-of-office reply', async () => {
    const [d] = await decodeEmail(AUTO_REPLY)
    expect(d && flat(d).reason).toBe('vacation')
  })

  it('reads the raw body of a report whose MIME boundary never occurs', async () => {
    const [d] = await decodeEmail(REPORT_WITHOUT_BOUNDARIES)
    expect(d).toMatchObject({ recipient: 'nat@example.org', reason: 'userunknown', enhancedStatus: '5.1.1' })
  })

  it('recognises an Apple Mail unsubscribe as a complaint', async () => {
    const [d] = await decodeEmail(APPLE_UNSUBSCRIBE)
    expect(d).toMatchObject({ recipient: 'optout-123@example.org', reason: 'feedback' })
  })

  it('uses the reporter’s own bounce category when the wording names no step (PowerMTA)', async () => {
    const [d] = await decodeEmail(POWERMTA_BAD_MAILBOX)
    expect(d).toMatchObject({
      recipient: 'nobody@example.net',
      reason: 'userunknown',
      remoteMta: 'mx.example.net',
      source: 'bounce',
    })
  })

  it('reads a report forwarded as an attached message', async () => {
    const [d] = await decodeEmail(FORWARDED_REPORT)
    expect(d).toMatchObject({
      recipient: 'ann@example.org',
      reason: 'userunknown',
      enhancedStatus: '5.1.1',
      remoteMta: 'mx.example.org',
      source: 'bounce',
    })
    for (const e of d?.evidence ?? []) expect(FORWARDED_REPORT.slice(e.start, e.end)).toBe(e.text)
  })

  it('never rejects on garbage', async () => {
    const list = await decodeEmail(new Uint8Array([0, 255, 13, 10, 13, 10, 1, 2, 3]))
    expect(list.length).toBeGreaterThanOrEqual(1)
  })

  it('tells whole emails from bare error text', () => {
    expect(looksLikeEmail(POSTFIX_TWO_RECIPIENTS)).toBe(true)
    expect(looksLikeEmail('554 5.7.1 <a@example.net>: Relay access denied')).toBe(false)
  })
})
