import { describe, expect, it } from 'vitest'
import { segment } from './segment.ts'

function blocksOf(text: string): [string | undefined, string][] {
  return segment(text).map((b) => [b.recipient?.value, b.ranges.map(([s, e]) => text.slice(s, e)).join('\n')])
}

describe('segment', () => {
  it('gives an old sendmail transcript the lines before each summary line', () => {
    const text = `   ----- Transcript of session follows -----
While talking to mx.example.org:
>>> MAIL From:<me@example.com>
<<< 501 <me@example.com>... no access from mail server [192.0.2.55]
554 <ann@example.org>... Remote protocol error
550 example.net (smtp)... 550 Host unknown
554 <bea@example.net>... 550 Host unknown (Authoritative answer from name server)
`
    const blocks = blocksOf(text)
    expect(blocks.map(([r]) => r)).toEqual(['ann@example.org', 'bea@example.net'])
    expect(blocks[0]?.[1]).toContain('no access from mail server')
    expect(blocks[1]?.[1]).toContain('550 example.net (smtp)... 550 Host unknown')
    expect(blocks[1]?.[1]).not.toContain('no access')
  })

  it('anchors quoted, Exchange 2003 and Zoho recipient lines', () => {
    const gmx =
      '"cy@example.jp":\nSMTP error from remote server after RCPT command:\n5.1.1 no such user\n"di@example.jp":\n5.2.2 mailbox full'
    expect(blocksOf(gmx).map(([r]) => r)).toEqual(['cy@example.jp', 'di@example.jp'])
    const exchange =
      'ed@example.com on Thu, 29 Apr 2010\n    Unknown Recipient\nfy@example.com on Thu, 29 Apr 2010\n    Unknown Recipient'
    expect(blocksOf(exchange).map(([r]) => r)).toEqual(['ed@example.com', 'fy@example.com'])
    const zoho =
      'gi@example.jp Invalid Address, ERROR_CODE :550, user unknown\nha@example.jp Invalid Address, ERROR_CODE :550, mailbox full'
    expect(blocksOf(zoho).map(([r]) => r)).toEqual(['gi@example.jp', 'ha@example.jp'])
  })
})
