import { useStore } from 'zustand'
import type { StateStorage } from 'zustand/middleware'
import { createJSONStorage, persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import { safeSessionStorage } from './session-storage.ts'

/** Largest paste or file we accept: big enough for any bounce, small enough to keep the tab responsive. */
export const MAX_PASTE = 5 * 1024 * 1024
export const MAX_PASTE_MB = MAX_PASTE / 1024 / 1024

type PasteState = {
  /** The pasted text, or the raw source of a chosen bounce file. Never put in the URL. */
  text: string
  fileName: string | null
  /** False when this tab's storage refused the text (full or switched off): it lives in memory only. */
  saved: boolean
  /** Keeps `text` unless it is over MAX_PASTE (then nothing changes); false when refused. */
  set: (text: string, fileName?: string | null) => boolean
  /** Forgets the paste, in memory and in this tab's storage. */
  clear: () => void
}

let lastWriteFailed = false

/** Session storage that remembers whether the last write failed, and then drops the older copy. */
const pasteStorage: StateStorage = {
  getItem: safeSessionStorage.getItem,
  removeItem: safeSessionStorage.removeItem,
  setItem: (name, value) => {
    try {
      globalThis.sessionStorage.setItem(name, value)
      lastWriteFailed = false
    } catch {
      lastWriteFailed = true
      void safeSessionStorage.removeItem(name)
    }
  },
}

export const pasteStore = createStore<PasteState>()(
  persist(
    (set, get) => ({
      text: '',
      fileName: null,
      saved: true,
      set: (text, fileName = null) => {
        if (text.length > MAX_PASTE) return false
        set({ text, fileName })
        if (get().saved === lastWriteFailed) set({ saved: !lastWriteFailed })
        return true
      },
      clear: () => {
        set({ text: '', fileName: null, saved: true })
        pasteStore.persist.clearStorage()
      },
    }),
    {
      name: 'relay-doctor.paste',
      version: 1,
      storage: createJSONStorage(() => pasteStorage),
      partialize: ({ text, fileName }) => ({ text, fileName }),
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Record<string, unknown>
        // Stored text over the limit was not written by us: drop it rather than cut it.
        const text = typeof p.text === 'string' && p.text.length <= MAX_PASTE ? p.text : ''
        return {
          ...current,
          text,
          fileName: text !== '' && typeof p.fileName === 'string' ? p.fileName.slice(0, 255) : null,
        }
      },
    },
  ),
)

export const usePaste = <T>(select: (state: PasteState) => T): T => useStore(pasteStore, select)
