import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A sessionStorage stand-in whose writes can be made to fail like a full quota. */
function fakeSessionStorage() {
  const items = new Map<string, string>()
  let full = false
  return {
    items,
    fill: (value: boolean) => {
      full = value
    },
    storage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        items.set(key, value)
      },
      removeItem: (key: string) => {
        items.delete(key)
      },
    },
  }
}

let fake = fakeSessionStorage()

/** Fresh store modules per test, so each starts from what its storage holds. */
async function load() {
  vi.resetModules()
  const paste = await import('./paste-store.ts')
  const draft = await import('./message-draft-store.ts')
  const { clearEntered } = await import('./clear-entered.ts')
  return { ...paste, ...draft, clearEntered }
}

describe('paste store', () => {
  beforeEach(() => {
    fake = fakeSessionStorage()
    vi.stubGlobal('sessionStorage', fake.storage)
  })

  it('keeps a paste in this tab’s session storage', async () => {
    const { pasteStore } = await load()
    expect(pasteStore.getState().set('554 5.7.1 Relay access denied')).toBe(true)
    expect(pasteStore.getState().saved).toBe(true)
    expect(fake.items.get('relay-doctor.paste')).toContain('Relay access denied')
  })

  it('refuses a text over the limit whole, and keeps what it had', async () => {
    const { pasteStore, MAX_PASTE, MAX_PASTE_MB } = await load()
    pasteStore.getState().set('before')
    expect(pasteStore.getState().set('x'.repeat(MAX_PASTE + 1))).toBe(false)
    expect(pasteStore.getState().text).toBe('before')
    expect(pasteStore.getState().set('x'.repeat(MAX_PASTE))).toBe(true)
    expect(MAX_PASTE_MB).toBe(5)
  })

  it('says when storage refuses the text, keeps it in memory and drops the older stored copy', async () => {
    const { pasteStore } = await load()
    pasteStore.getState().set('older')
    fake.fill(true)
    expect(pasteStore.getState().set('newer')).toBe(true)
    expect(pasteStore.getState()).toMatchObject({ text: 'newer', saved: false })
    expect(fake.items.has('relay-doctor.paste')).toBe(false)
    fake.fill(false)
    pasteStore.getState().set('newest')
    expect(pasteStore.getState().saved).toBe(true)
  })

  it('drops a stored text over the limit instead of cutting it', async () => {
    fake.items.set(
      'relay-doctor.paste',
      JSON.stringify({ state: { text: 'x'.repeat(5 * 1024 * 1024 + 1), fileName: 'a.eml' }, version: 1 }),
    )
    const { pasteStore } = await load()
    expect(pasteStore.getState()).toMatchObject({ text: '', fileName: null })
  })

  it('clearEntered forgets the paste and the message draft, in memory and in storage', async () => {
    const { pasteStore, messageDraftStore, clearEntered, EMPTY_DRAFT } = await load()
    pasteStore.getState().set('554 Relay access denied', 'bounce.eml')
    messageDraftStore.getState().update({ sender: 'alice@example.com', errorText: '554' })
    expect([...fake.items.keys()].sort()).toEqual(['relay-doctor.message-draft', 'relay-doctor.paste'])
    clearEntered()
    expect(fake.items.size).toBe(0)
    expect(pasteStore.getState()).toMatchObject({ text: '', fileName: null })
    expect(messageDraftStore.getState()).toMatchObject(EMPTY_DRAFT)
  })
})
