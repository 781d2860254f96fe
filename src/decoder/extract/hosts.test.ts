import { describe, expect, it } from 'vitest'
import { hostIn, providerHosts } from './hosts.ts'

describe('providerHosts', () => {
  it('collects the recipient domain, the remote server and the reporting server', () => {
    const text =
      'Reporting-MTA: dns; out1.example.org\n<amy@example.jp>: host mx.example.net[192.0.2.1] said: 550 no'
    expect(providerHosts(text, 'amy@example.jp', null)).toEqual([
      'example.jp',
      'mx.example.net',
      'out1.example.org',
    ])
  })

  it('prefers the values it is given', () => {
    expect(providerHosts('', 'bo@Example.COM', 'MX.example.net', 'relay.example.org.')).toEqual([
      'example.com',
      'mx.example.net',
      'relay.example.org',
    ])
  })
})

describe('hostIn', () => {
  it('matches a name or any host under it', () => {
    expect(hostIn(['mx3.qq.com'], ['.qq.com'])).toBe(true)
    expect(hostIn(['qq.com'], ['.qq.com'])).toBe(true)
    expect(hostIn(['notqq.com'], ['.qq.com'])).toBe(false)
    expect(hostIn([], ['.qq.com'])).toBe(false)
  })
})
