import { describe, expect, it } from 'vitest'
import { screenEvents } from './screen-events.ts'

describe('screenEvents', () => {
  it('tells a wizard step by node, kind, entry and depth', () => {
    expect(screenEvents('/w/eu-start/on-send')).toEqual([
      { type: 'step', node: 'eu-app', kind: 'question', entry: 'end-user', depth: 1 },
    ])
  })
  it('follows an outcome’s step with the outcome, and names a deep link by its start node', () => {
    expect(screenEvents('/w/eu-ask-enable-auth')).toEqual([
      { type: 'step', node: 'eu-ask-enable-auth', kind: 'outcome', entry: 'eu-ask-enable-auth', depth: 0 },
      { type: 'outcome', kind: 'contact-provider', node: 'eu-ask-enable-auth' },
    ])
  })
  it('reports a broken walk link as an error, and says nothing about other screens', () => {
    expect(screenEvents('/w/eu-start/not-an-answer')).toEqual([{ type: 'error', code: 'bad-link' }])
    expect(screenEvents('/')).toEqual([])
    expect(screenEvents('/decode')).toEqual([])
  })
})
