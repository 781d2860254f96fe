import { describe, expect, it } from 'vitest'
import { parseDsn } from './parse-dsn.ts'

const DSN = `Reporting-MTA: dns; mail.example.com
Arrival-Date: Mon, 3 Mar 2025 10:01:00 +0100

Final-Recipient: rfc822; Bob@Example.net
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 554 5.7.1 <bob@example.net>: Relay
    access denied

Final-Recipient: rfc822;carol@example.org
Action: delayed
Status: 4.4.7
`

describe('parseDsn', () => {
  const report = parseDsn(DSN)

  it('reads the reporting MTA and one group per recipient', () => {
    expect(report.reportingMta?.value).toBe('mail.example.com')
    expect(report.recipients.map((r) => r.recipient?.value)).toEqual(['bob@example.net', 'carol@example.org'])
  })

  it('reads status, action, remote MTA and the folded diagnostic code', () => {
    const [bob, carol] = report.recipients
    expect(bob?.status?.value).toBe('5.7.1')
    expect(bob?.action?.value).toBe('failed')
    expect(bob?.remoteMta?.value).toBe('mx.example.net')
    expect(bob?.diagnosticType).toBe('SMTP')
    expect(bob?.diagnostic?.value).toBe('554 5.7.1 <bob@example.net>: Relay access denied')
    expect(carol?.action?.value).toBe('delayed')
    expect(carol?.diagnostic).toBeNull()
  })

  it('keeps ranges that point at the field values in the text', () => {
    const bob = report.recipients[0]
    const status = bob?.status
    expect(status && DSN.slice(status.start, status.end)).toBe('5.7.1')
    const diag = bob?.diagnostic
    expect(diag && DSN.slice(diag.start, diag.end)).toBe(
      '554 5.7.1 <bob@example.net>: Relay\n    access denied',
    )
  })

  it('returns no recipients for text without DSN fields', () => {
    expect(parseDsn('just some words\nand more').recipients).toEqual([])
  })
})

describe('parseDsn with recipient groups back to back', () => {
  it('starts a new recipient at each Final-Recipient even without a blank line', () => {
    const text = `Final-Recipient: rfc822; lou@example.jp
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 550 5.2.2 <lou@example.jp>... Mailbox Full
Final-Recipient: rfc822; mia@example.jp
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <mia@example.jp>... User Unknown
`
    const report = parseDsn(text)
    expect(report.recipients.map((r) => [r.recipient?.value, r.status?.value])).toEqual([
      ['lou@example.jp', '5.2.2'],
      ['mia@example.jp', '5.1.1'],
    ])
  })
})
