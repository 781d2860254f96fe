import { describe, expect, it } from 'vitest'
import { blocklistLinks, parseLookupTarget } from './lookup-links.ts'

describe('parseLookupTarget', () => {
  it.each([
    ['203.0.113.7', 'ipv4', '203.0.113.7'],
    ['  2001:DB8::25 ', 'ipv6', '2001:db8::25'],
    ['Mail.Example.com.', 'domain', 'mail.example.com'],
  ])('accepts %s as %s', (raw, kind, value) => {
    expect(parseLookupTarget(raw)).toEqual({ kind, value })
  })

  it.each(['', '256.1.1.1', 'localhost', 'a b.com', '<script>.com', 'http://x.com', '1::2::3'])(
    'refuses %j',
    (raw) => {
      expect(parseLookupTarget(raw)).toBeNull()
    },
  )
})

describe('blocklistLinks', () => {
  it('fills the address into MXToolbox and MultiRBL links', () => {
    expect(blocklistLinks({ kind: 'ipv4', value: '203.0.113.7' })).toEqual({
      mxtoolbox: 'https://mxtoolbox.com/SuperTool.aspx?action=blacklist%3a203.0.113.7&run=toolpage',
      multirbl: 'https://multirbl.valli.org/lookup/203.0.113.7.html',
    })
  })
})
