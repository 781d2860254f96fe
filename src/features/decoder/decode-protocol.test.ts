import { describe, expect, it } from 'vitest'
import { decodeText } from '@/decoder/decode.ts'
import { parseDecodeReply, parseDecodeRequest, parseDiagnosis } from './decode-protocol.ts'

const REFUSAL = 'host mx.example.net said: 554 5.7.1 <bob@example.net>: Relay access denied'

describe('parseDecodeRequest', () => {
  it('takes the source text and the hint, and nothing else', () => {
    expect(parseDecodeRequest({ source: 'abc', extra: 1 })).toEqual({ source: 'abc', hint: {} })
    expect(parseDecodeRequest({ source: 'abc', hint: { role: 'admin', flow: 'inbound' } })).toEqual({
      source: 'abc',
      hint: { role: 'admin', flow: 'inbound' },
    })
  })

  it('keeps only the valid parts of a hint', () => {
    expect(parseDecodeRequest({ source: 'a', hint: { role: 'root', flow: 'device' } })).toEqual({
      source: 'a',
      hint: { flow: 'device' },
    })
    expect(parseDecodeRequest({ source: 'a', hint: 'admin' })).toEqual({ source: 'a', hint: {} })
  })

  it.each([null, 'abc', { source: 5 }, {}])('refuses %j', (value) => {
    expect(parseDecodeRequest(value)).toBeNull()
  })
})

describe('parseDecodeReply', () => {
  const diagnoses = decodeText(REFUSAL)

  it('keeps the decoder’s real diagnoses as they cross the worker boundary', () => {
    expect(diagnoses.length).toBeGreaterThan(0)
    const cloned: unknown = structuredClone({ kind: 'done', diagnoses })
    expect(parseDecodeReply(cloned)).toEqual({ kind: 'done', diagnoses })
  })

  it('passes on a failure report', () => {
    expect(parseDecodeReply({ kind: 'failed' })).toEqual({ kind: 'failed' })
  })

  it.each([
    ['not an object', 'done'],
    ['an unknown kind', { kind: 'finished', diagnoses: [] }],
    ['diagnoses that are not a list', { kind: 'done', diagnoses: {} }],
    ['a diagnosis that is not an object', { kind: 'done', diagnoses: [null] }],
  ])('reads %s as malformed', (_name, value) => {
    expect(parseDecodeReply(value)).toBeNull()
  })

  it('refuses a reply when any one diagnosis is malformed', () => {
    const [first] = diagnoses
    expect(parseDecodeReply({ kind: 'done', diagnoses: [first, { ...first, node: 'x' }] })).toBeNull()
  })
})

describe('parseDiagnosis', () => {
  const [good] = decodeText(REFUSAL)
  if (!good) throw new Error('the fixture should decode')

  it.each<[string, Record<string, unknown>]>([
    ['an unknown landing node', { node: 'eu-nowhere' }],
    ['an unknown reason', { reason: '<script>' }],
    ['an unknown side', { side: 'both' }],
    ['an unknown direction', { direction: 'sideways' }],
    ['an unknown MTA', { mta: 'fax-o-matic' }],
    ['a recognised text without a reason', { reason: null }],
    ['an unknown kind of text', { source: 'fax' }],
    ['a non-boolean recognised', { recognised: 'yes' }],
    ['a numeric reply code', { replyCode: 554 }],
    ['a permanence that is a string', { permanent: 'true' }],
    ['a recipient that is an object', { recipient: {} }],
    ['evidence that is not a list', { evidence: 'all' }],
    ['evidence with a negative start', { evidence: [{ start: -1, end: 2, text: 'ab', why: '' }] }],
    ['evidence that ends before it starts', { evidence: [{ start: 5, end: 2, text: '', why: '' }] }],
    ['evidence without text', { evidence: [{ start: 0, end: 2, why: '' }] }],
    ['evidence at a fractional index', { evidence: [{ start: 0.5, end: 2, text: 'a', why: '' }] }],
  ])('refuses %s', (_name, change) => {
    expect(parseDiagnosis({ ...good, ...change })).toBeNull()
  })

  it('accepts nulls where the decoder allows them, and drops unknown fields', () => {
    const sparse = {
      ...good,
      replyCode: null,
      enhancedStatus: null,
      permanent: null,
      recipient: null,
      remoteMta: null,
      mta: null,
      when: null,
      evidence: [],
      injected: '<b>',
    }
    const parsed = parseDiagnosis(sparse)
    expect(parsed).toMatchObject({ replyCode: null, when: null, evidence: [] })
    expect(parsed).not.toHaveProperty('injected')
  })
})
