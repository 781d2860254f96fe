import { describe, expect, it } from 'vitest'
import { complaintRecipients } from './complaint.ts'

const headers = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries))

describe('complaintRecipients', () => {
  it('reads an old Hotmail abuse report', () => {
    const source = 'Content-Type: message/rfc822\n\nX-HmXmrOriginalRecipient: ivy@example.com\nSubject: hi\n'
    const h = headers({ from: 'staff@hotmail.com', subject: ' complaint about message from 192.0.2.9' })
    expect(complaintRecipients(h, source)).toEqual(['ivy@example.com'])
  })

  it('reads an Apple Mail unsubscribe', () => {
    const h = headers({
      'x-apple-unsubscribe': 'true',
      to: '<list-optout@example.org>',
      subject: 'unsubscribe',
    })
    expect(complaintRecipients(h, '')).toEqual(['list-optout@example.org'])
  })

  it('reads an Amazon SES complaint notification', () => {
    const source =
      '{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"jo@example.net"}],"complaintFeedbackType":"abuse"}}'
    expect(complaintRecipients(headers({ subject: 'AWS Notification Message' }), source)).toEqual([
      'jo@example.net',
    ])
  })

  it('returns null for anything else', () => {
    expect(
      complaintRecipients(headers({ subject: 'Undelivered Mail Returned to Sender' }), '550 no'),
    ).toBeNull()
  })
})
