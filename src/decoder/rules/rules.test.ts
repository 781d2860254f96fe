import { describe, expect, it } from 'vitest'
import { matchRule } from '../classify/classify.ts'
import { decode } from '../decode.ts'
import { findCommand } from '../extract/command.ts'
import { findStatus } from '../extract/extract-codes.ts'
import { providerHosts } from '../extract/hosts.ts'
import { RULE_FIXTURES } from '../fixtures/rule-fixtures.ts'
import { flat } from '../flat.ts'
import { RULE_TABLE } from './rule-table.ts'

function ruleFor(text: string): string | undefined {
  const dsnStatus = /^Status:\s*([245]\.\d{1,3}\.\d{1,3})/m.exec(text)?.[1]
  const status = dsnStatus ?? findStatus(text)?.value ?? null
  const recipient = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/.exec(text)?.[0] ?? null
  return matchRule(text, status, findCommand(text), providerHosts(text, recipient, null))?.rule.id
}

describe('rule table', () => {
  it('has unique ids', () => {
    const ids = RULE_TABLE.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives every rule a pattern or a status', () => {
    for (const rule of RULE_TABLE)
      expect(rule.pattern !== undefined || rule.status !== undefined, rule.id).toBe(true)
  })

  it('has a fixture for every rule and no fixture without a rule', () => {
    const ids = new Set(RULE_TABLE.map((r) => r.id))
    expect(Object.keys(RULE_FIXTURES).filter((id) => !ids.has(id))).toEqual([])
    expect([...ids].filter((id) => RULE_FIXTURES[id] === undefined)).toEqual([])
  })

  it.each(RULE_TABLE.map((r) => [r.id, r] as const))('%s decides its own fixture', (id, rule) => {
    const text = RULE_FIXTURES[id] ?? ''
    expect(ruleFor(text)).toBe(id)
    const d = decode(text)
    expect(flat(d).reason).toBe(rule.reason)
    if (rule.node !== undefined) expect(d.node).toBe(rule.node)
    if (rule.sideFixed === true) expect(flat(d).side).toBe(rule.side)
  })
})
