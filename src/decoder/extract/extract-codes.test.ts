import { describe, expect, it } from 'vitest'
import { findReplyCode, findStatus } from './extract-codes.ts'

describe('findReplyCode / findStatus', () => {
  it('skips the success lines of a transcript', () => {
    const text = 'Out: 250 2.1.0 Ok\nOut: 250 2.1.5 Ok\nOut: 451 4.3.0 Error: queue file write error'
    expect(findReplyCode(text)?.value).toBe('451')
    expect(findStatus(text)?.value).toBe('4.3.0')
  })

  it('keeps a success reply when there is nothing else (a delivery report)', () => {
    expect(findReplyCode('smtp; 250 2.0.0 Ok: queued as 4F3A21C0')?.value).toBe('250')
  })

  it("takes the remote server's own reply from inside the reporter's summary", () => {
    const text =
      '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>'
    expect(findReplyCode(text)?.value).toBe('421')
    expect(findStatus(text)?.value).toBe('4.4.2')
  })

  it.each([
    ['550: <kay@example.jp>: User unknown', '550'],
    ['ERROR_CODE :550, ERROR_CODE :5.2.1 <kay@example.jp>... User Unknown', '550'],
    ['Server mx.example.org[192.0.2.2] failed with: 550 <kay@example.org> No such user here', '550'],
    ['[Status: Error, Address: <kay@example.jp>, ResponseCode 421, , Host not reachable.]', '421'],
    ['mx.example.com[192.0.2.3]: server refused to talk to me: 421 Service not available', '421'],
  ])('%j → %s', (text, code) => {
    expect(findReplyCode(text)?.value).toBe(code)
  })
})
