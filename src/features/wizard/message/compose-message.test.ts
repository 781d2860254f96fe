import { describe, expect, it } from 'vitest'
import { formatMessage } from '@/config/messages.ts'
import { en } from '@/engine/text.ts'
import { EMPTY_DRAFT } from '@/store/message-draft-store.ts'
import { composeMessage, describeNow, mailtoHref, networkFromFacts } from './compose-message.ts'

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
      networkFromAnswers: 'stays on one network',
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
      networkFromAnswers: '',
    })
    expect(body).toContain('(not available)')
    expect(body).not.toContain('When:')
    expect(body).not.toContain('Network:')
    expect(body).not.toContain('Already tried')
  })
})

describe('the Network line', () => {
  const compose = (networkLabel: string, networkFromAnswers: string) =>
    composeMessage(t, {
      verdict: 'contact-provider',
      draft: EMPTY_DRAFT,
      facts: [],
      tried: [],
      ask: 'Please check.',
      networkLabel,
      networkFromAnswers,
    }).body

  it('describes the network from the answers when the user picked none', () => {
    const facts = { app: 'ios-mail', network: 'changes', where: 'some-networks' }
    const fromAnswers = networkFromFacts(facts, (text) => text.en)
    expect(fromAnswers).toBe('moves between Wi-Fi, mobile data or a VPN; only on some networks')
    expect(compose('', fromAnswers)).toContain(
      'Network: moves between Wi-Fi, mobile data or a VPN; only on some networks',
    )
    expect(networkFromFacts({ network: 'same' }, (text) => text.en)).toBe('stays on one network')
    expect(networkFromFacts({ app: 'thunderbird' }, (text) => text.en)).toBe('')
  })

  it('uses the network the user picked over the answers', () => {
    const body = compose('Mobile data', 'stays on one network')
    expect(body).toContain('Network: Mobile data')
    expect(body).not.toContain('stays on one network')
  })

  it('reads fact texts through the resolver, so they translate', () => {
    expect(networkFromFacts({ network: 'same' }, (text) => en(`[${text.en}]`).en)).toBe(
      '[stays on one network]',
    )
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
