import { describe, expect, it } from 'vitest'
import { MAX_FRAME_HEIGHT, parseFrameMessage, parseHostMessage, tag } from './embed-protocol.ts'

const head = { source: 'relay-doctor', version: 1 }

describe('parseFrameMessage', () => {
  it('accepts each event the frame sends', () => {
    const events = [
      { type: 'ready' },
      { type: 'resize', height: 812 },
      { type: 'step', node: 'eu-app', kind: 'question', entry: 'end-user', depth: 1 },
      { type: 'outcome', kind: 'contact-provider', node: 'eu-ask-enable-auth' },
      { type: 'error', code: 'bad-link' },
    ] as const
    for (const event of events) expect(parseFrameMessage({ ...head, ...event })).toEqual(tag(event))
  })

  it('rejects other sources, versions, types and anything that is not an object', () => {
    for (const data of [
      null,
      'ready',
      [head],
      { ...head, source: 'typebot', type: 'ready' },
      { ...head, version: 2, type: 'ready' },
      { ...head, version: '1', type: 'ready' },
      { ...head, type: 'navigate' },
      { ...head, type: 'toString' },
      { type: 'ready' },
    ])
      expect(parseFrameMessage(data)).toBeNull()
  })

  it('rejects a known type with a missing, extra or malformed field', () => {
    for (const data of [
      { ...head, type: 'resize' },
      { ...head, type: 'resize', height: -1 },
      { ...head, type: 'resize', height: 10.5 },
      { ...head, type: 'resize', height: MAX_FRAME_HEIGHT + 1 },
      { ...head, type: 'resize', height: '800' },
      { ...head, type: 'ready', text: 'my password is hunter2' },
      { ...head, type: 'step', node: 'eu-app', kind: 'question', entry: 'end-user', depth: 1, note: 'x' },
      { ...head, type: 'step', node: 'Relay access denied', kind: 'question', entry: 'end-user', depth: 1 },
      { ...head, type: 'step', node: 'eu-app', kind: 'page', entry: 'end-user', depth: 1 },
      { ...head, type: 'outcome', kind: 'fixed', node: 'x'.repeat(65) },
      { ...head, type: 'error', code: 'anything' },
    ])
      expect(parseFrameMessage(data)).toBeNull()
  })
})

describe('parseHostMessage', () => {
  it('accepts each command the host sends', () => {
    expect(parseHostMessage({ ...head, type: 'restart' })).toEqual(tag({ type: 'restart' }))
    expect(parseHostMessage({ ...head, type: 'start', entry: 'admin' })).toEqual(
      tag({ type: 'start', entry: 'admin' }),
    )
    expect(parseHostMessage({ ...head, type: 'theme', theme: { radius: 4 } })).toEqual(
      tag({ type: 'theme', theme: { radius: 4 } }),
    )
  })

  it('rejects frame events, unknown commands and malformed ones', () => {
    for (const data of [
      { ...head, type: 'ready' },
      { ...head, type: 'eval', code: 'alert(1)' },
      { ...head, type: 'start' },
      { ...head, type: 'start', entry: '../admin' },
      { ...head, type: 'theme', theme: '#000' },
      { ...head, type: 'restart', now: true },
      { source: 'relay-doctor', type: 'restart' },
    ])
      expect(parseHostMessage(data)).toBeNull()
  })
})
