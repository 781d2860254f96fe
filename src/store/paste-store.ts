import { useStore } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import { safeSessionStorage } from './session-storage.ts'

/** Largest paste or file we accept: big enough for any bounce, small enough to keep the tab responsive. */
export const MAX_PASTE = 5 * 1024 * 1024

type PasteState = {
  /** The pasted text, or the raw source of a chosen bounce file. Never put in the URL. */
  text: string
  fileName: string | null
  set: (text: string, fileName?: string | null) => void
  clear: () => void
}

export const pasteStore = createStore<PasteState>()(
  persist(
    (set) => ({
      text: '',
      fileName: null,
      set: (text, fileName = null) => set({ text: text.slice(0, MAX_PASTE), fileName }),
      clear: () => set({ text: '', fileName: null }),
    }),
    {
      name: 'relay-doctor.paste',
      version: 1,
      storage: createJSONStorage(() => safeSessionStorage),
      partialize: ({ text, fileName }) => ({ text, fileName }),
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Record<string, unknown>
        return {
          ...current,
          text: typeof p.text === 'string' ? p.text.slice(0, MAX_PASTE) : '',
          fileName: typeof p.fileName === 'string' ? p.fileName.slice(0, 255) : null,
        }
      },
    },
  ),
)

export const usePaste = <T>(select: (state: PasteState) => T): T => useStore(pasteStore, select)
