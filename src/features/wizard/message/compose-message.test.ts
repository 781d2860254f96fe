import { describe, expect, it } from 'vitest'
import { formatMessage } from '@/config/messages.ts'
import { EMPTY_DRAFT } from '@/store/message-draft-store.ts'
import { composeMessage, describeNow, mailtoHref } from './compose-message.ts'

const t = (key: Parameters<typeof formatMessage>[1], vars?: Readonly<Record<string, string | number>>) =>
  formatMessage('en', key, vars)

describe('composeMessage', () => {
  it('includes the error, the facts, what was tried and the request', () => {
    const { subject, body } = composeMessage(t, {
      verdict: 'contact-provider',
      draft: {
        ...EMPTY_DRAFT,
        errorText: '554 5.7.1 <bob@example.net>: Relay access denied',
        when: '2026-11-28 09:42 (UTC+01:00)',
        recipientDomain: 'example.net',
        outgoingServer: 'smtp.example.com',
      },
      facts: [{ label: 'Mail app', value: 'Thunderbird' }],
      tried: ['Turn on sign-in for the outgoing server'],
      ask: 'Please enable SMTP authentication for my account.',
      networkLabel: 'Mobile data',
    })
    expect(subject).toBe('Email refused with “Relay access denied”')
    expect(body).toContain('Error (exact text):\n554 5.7.1 <bob@example.net>: Relay access denied')
    expect(body).toContain('When: 2026-11-28 09:42 (UTC+01:00)')
    expect(body).toContain('Recipient domain: example.net')
    expect(body).toContain('Outgoing server: smtp.example.com')
    expect(body).toContain('Network: Mobile data')
    expect(body).toContain('Mail app: Thunderbird')
    expect(body).toContain('Already tried:\n- Turn on sign-in for the outgoing server')
    expect(body).toContain('Request:\nPlease enable SMTP authentication for my account.')
  })

  it('leaves out empty fields and says when no error text was given', () => {
    const { body } = composeMessage(t, {
      verdict: 'contact-recipient',
      draft: EMPTY_DRAFT,
      facts: [],
      tried: [],
      ask: 'Please check.',
      networkLabel: '',
    })
    expect(body).toContain('(not available)')
    expect(body).not.toContain('When:')
    expect(body).not.toContain('Already tried')
  })
})

describe('mailtoHref', () => {
  it('encodes subject and body and keeps the address readable', () => {
    expect(mailtoHref('help@example.com', 'A & B', 'line 1\nline 2')).toBe(
      'mailto:help@example.com?subject=A%20%26%20B&body=line%201%0Aline%202',
    )
    expect(mailtoHref(null, 'S', 'B')).toBe('mailto:?subject=S&body=B')
  })
})

describe('describeNow', () => {
  it('gives the local date and time with the UTC offset and zone name', () => {
    expect(describeNow(new Date(2026, 10, 28, 9, 5), 'Europe/Berlin')).toMatch(
      /^2026-11-28 09:05 \(UTC[+-]\d\d:\d\d, Europe\/Berlin\)$/,
    )
  })
})
