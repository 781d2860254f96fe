import { describe, expect, it } from 'vitest'
import { decode } from '@/decoder/decode.ts'
import { draftFromDiagnosis } from './draft-from-diagnosis.ts'
import { hintFromNode } from './entry-hint.ts'

const LOG = `2018-10-30 15:22:23 1brcGf-0006ac-Mf ** bob@example.net
R=dkim_lookuphost T=dkim_remote_smtp H=mx.example.net [192.0.2.1]
CV=yes: SMTP error from remote mail server after RCPT
TO:<bob@example.net>: 554 5.7.1
<bob@example.net>: Recipient address rejected: Access denied`

describe('draftFromDiagnosis', () => {
  it('fills the error’s own time, the recipient’s domain and the whole error lines', () => {
    const d = decode(LOG)
    if (!d.recognised) throw new Error('the log should decode')
    const draft = draftFromDiagnosis(LOG, d, 'summary')
    expect(draft.when).toBe('2018-10-30 15:22:23')
    expect(draft.recipientDomain).toBe('example.net')
    expect(draft.errorText).toContain(
      'TO:<bob@example.net>: 554 5.7.1\n<bob@example.net>: Recipient address rejected: Access denied',
    )
    expect(draft.decoded).toBe('summary')
  })

  it('fills the outgoing server only when the refusing server is the user’s own', () => {
    const d = decode(LOG)
    if (!d.recognised) throw new Error('the log should decode')
    expect(d).toMatchObject({ side: 'recipient-server', remoteMta: 'mx.example.net' })
    expect(draftFromDiagnosis(LOG, d, '')).not.toHaveProperty('outgoingServer')
    const own = { ...d, side: 'sender-server', remoteMta: 'smtp.example.com' } as const
    expect(draftFromDiagnosis(LOG, own, '').outgoingServer).toBe('smtp.example.com')
  })

  it('leaves the time alone when the text has none', () => {
    const d = decode('554 5.7.1 <bob@example.net>: Relay access denied')
    if (!d.recognised) throw new Error('the line should decode')
    expect(draftFromDiagnosis('x', d, '')).not.toHaveProperty('when')
  })
})

describe('hintFromNode', () => {
  it.each([
    ['eu-auth-on', { role: 'end-user' }],
    ['ad-start', { role: 'admin' }],
    ['ad-pf-log', { role: 'admin', flow: 'submission' }],
    ['ad-in-says', { role: 'admin', flow: 'inbound' }],
    ['ad-remote-says', { role: 'admin', flow: 'outbound' }],
    ['ad-dev-log', { role: 'admin', flow: 'device' }],
    ['ad-nowhere', {}],
    ['constructor', {}],
    [null, {}],
  ])('%s', (node, hint) => {
    expect(hintFromNode(node)).toEqual(hint)
  })
})
