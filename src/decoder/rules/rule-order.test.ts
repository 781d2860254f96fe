import { describe, expect, it } from 'vitest'
import { matchRule } from '../classify/classify.ts'
import { RULE_FIXTURES } from '../fixtures/rule-fixtures.ts'
import { PROVIDERS } from './providers.ts'
import { RULE_GROUPS, RULE_TABLE } from './rule-table.ts'

const PROVIDER_TABLES = [
  'kddi',
  'nttdocomo',
  'tencent',
  'orange-laposte',
  'cable-isp',
  'godaddy',
  'outlook-com',
  'yahoo',
  'aol',
  'messagelabs',
  'mimecast',
  'facebook',
  'mta-tables',
].map((p) => `provider: ${p}`)

describe('the rule order (a contract: the first rule that matches decides)', () => {
  it('tries the groups in this order', () => {
    expect(RULE_GROUPS.map((g) => g.name)).toEqual([
      ...PROVIDER_TABLES,
      'sender verify',
      'provider: microsoft',
      'provider: google',
      'auth failed',
      'relay',
      'mailbox',
      'sender auth',
      'user unknown',
      'filtered',
      'rfc',
      'ptr',
      'reputation',
      'blocklist',
      'rejected sender',
      'host',
      'temporary',
      'spam',
      'blocked',
      'content',
      'delivery failure',
      'auth required',
    ])
  })

  it('gives every provider a group of its own, holding exactly its rules', () => {
    for (const provider of Object.keys(PROVIDERS)) {
      const group = RULE_GROUPS.find((g) => g.name === `provider: ${provider}`)
      expect(group?.rules.length, provider).toBeGreaterThan(0)
      expect(group?.rules.every((r) => r.provider === provider)).toBe(true)
    }
    const inProviderGroups = RULE_GROUPS.filter((g) => g.name.startsWith('provider: ')).flatMap(
      (g) => g.rules,
    )
    expect(RULE_TABLE.filter((r) => r.provider !== undefined)).toHaveLength(inProviderGroups.length)
  })

  // Texts where an earlier, more specific rule and a later, general one both match: the earlier must win.
  // Each pair also proves the order matters (the later rule matches the text too), so a reordering that
  // put the general rule first fails here.
  it.each([
    ['a provider table before the generic wording', 'orange.spf-dmarc', 'auth-records.spf-dkim-dmarc'],
    ['a provider table before the generic wording', 'cox.aup-rdns', 'ptr.missing'],
    [
      'Microsoft’s code before the generic relay wording',
      'microsoft.tenant-attribution',
      'postfix.relay-access-denied',
    ],
    ['Google’s wording before the generic relay wording', 'google.mail-relay-denied', 'generic.relay'],
    ['relay before the sender families', 'postfix.sender-login-mismatch', 'sender.rejected'],
    [
      'a STARTTLS refusal before the transient TLS wording',
      'starttls.must-issue-first',
      'temporary.starttls',
    ],
    ['a named blocklist before a blocked client', 'blocklist.generic', 'blocked.client-ip'],
  ])('%s: %s wins over %s', (_why, winner, loser) => {
    const text = RULE_FIXTURES[winner] ?? ''
    const later = RULE_TABLE.find((r) => r.id === loser)
    expect(later?.pattern?.test(text), `${loser} matches the text too`).toBe(true)
    const index = (id: string) => RULE_TABLE.findIndex((r) => r.id === id)
    expect(index(winner)).toBeLessThan(index(loser))
    const status = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(text)?.[0] ?? null
    expect(matchRule(text, status)?.rule.id).toBe(winner)
  })

  it('lets a sender-verify callout win over the relay refusal it quotes', () => {
    const callout =
      '550 Sender verify failed for <ann@example.org>: response to "RCPT TO:<ann@example.org>" from mx.example.org [192.0.2.7] was: 554 5.7.1 <ann@example.org>: Relay access denied'
    expect(RULE_TABLE.find((r) => r.id === 'postfix.relay-access-denied')?.pattern?.test(callout)).toBe(true)
    expect(matchRule(callout, null)?.rule.reason).toBe('rejected')
  })
})
