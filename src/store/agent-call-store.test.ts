import { beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_NOTE, parseCallData } from './agent-call-store.ts'

describe('parseCallData', () => {
  it('keeps what the app writes', () => {
    const stored = { notes: { 'eu-port': 'Uses 25' }, errorText: '554 5.7.1', shortcutsOn: false }
    expect(parseCallData(stored)).toEqual(stored)
  })

  it.each([null, 'text', 42, [], undefined])('reads %j as an empty call', (stored) => {
    expect(parseCallData(stored)).toEqual({ notes: {}, errorText: '', shortcutsOn: true })
  })

  it('drops notes and error text of the wrong type or size', () => {
    const stored = {
      notes: { a: 'kept', b: 7, c: '', d: 'x'.repeat(MAX_NOTE + 1), e: null },
      errorText: { text: 'no' },
      shortcutsOn: 'yes',
    }
    expect(parseCallData(stored)).toEqual({ notes: { a: 'kept' }, errorText: '', shortcutsOn: true })
  })

  it('reads notes that are not an object as none', () => {
    expect(parseCallData({ notes: 'eu-port', errorText: 'kept' }).notes).toEqual({})
  })
})

describe('agentCallStore', () => {
  const items = new Map<string, string>()
  beforeEach(() => {
    items.clear()
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => items.set(key, value),
      removeItem: (key: string) => items.delete(key),
    })
    vi.resetModules()
  })

  it('starts from a broken stored value without failing', async () => {
    items.set('relay-doctor.agent-call', '{not json')
    const { agentCallStore } = await import('./agent-call-store.ts')
    expect(agentCallStore.getState().notes).toEqual({})
  })

  it('stores notes per node in this tab and forgets them on clear', async () => {
    const { agentCallStore } = await import('./agent-call-store.ts')
    agentCallStore.getState().setNote('eu-port', 'Port 25 in Outlook')
    agentCallStore.getState().setErrorText('554 5.7.1 Relay access denied')
    expect(items.get('relay-doctor.agent-call')).toContain('Port 25 in Outlook')
    agentCallStore.getState().setNote('eu-port', '')
    expect(agentCallStore.getState().notes).toEqual({})
    agentCallStore.getState().clear()
    expect(agentCallStore.getState().errorText).toBe('')
    expect(items.has('relay-doctor.agent-call')).toBe(false)
  })
})
