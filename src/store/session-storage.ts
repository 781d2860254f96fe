import type { StateStorage } from 'zustand/middleware'

/** sessionStorage that never throws; used for drafts, which should not outlive the browser tab. */
export const safeSessionStorage: StateStorage = {
  getItem: (name) => {
    try {
      return globalThis.sessionStorage.getItem(name)
    } catch {
      return null
    }
  },
  setItem: (name, value) => {
    try {
      globalThis.sessionStorage.setItem(name, value)
    } catch {
      // Storage unavailable or full: the draft lives in memory only.
    }
  },
  removeItem: (name) => {
    try {
      globalThis.sessionStorage.removeItem(name)
    } catch {
      // Same as above.
    }
  },
}
