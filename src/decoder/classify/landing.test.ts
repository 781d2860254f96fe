import { describe, expect, it } from 'vitest'
import { SISIMAI_REASONS } from '../types.ts'
import { LANDING_NODES, landingNode } from './landing.ts'

describe('landingNode', () => {
  it('lands every reason, side and permanence on a listed node', () => {
    for (const reason of [...SISIMAI_REASONS, null]) {
      for (const side of ['sender-server', 'recipient-server', 'unknown'] as const) {
        for (const permanent of [true, false, null]) {
          expect(LANDING_NODES).toContain(landingNode(reason, side, permanent, undefined))
        }
      }
    }
  })

  it('routes relay refusals by side', () => {
    expect(landingNode('norelaying', 'sender-server', true, undefined)).toBe('eu-auth-on')
    expect(landingNode('norelaying', 'recipient-server', true, undefined)).toBe('eu-rcpt-relay')
    expect(landingNode('norelaying', 'unknown', false, undefined)).toBe('eu-bounce-who')
  })

  it('never sends a relay refusal to "wait", even a temporary one', () => {
    for (const side of ['sender-server', 'recipient-server', 'unknown'] as const) {
      expect(landingNode('norelaying', side, false, undefined)).not.toBe('eu-temporary')
    }
    expect(landingNode('norelaying', 'sender-server', false, undefined)).toBe('eu-auth-on')
  })

  it('lets a rule choose its node', () => {
    expect(landingNode('securityerror', 'sender-server', true, 'eu-m365')).toBe('eu-m365')
  })
})
