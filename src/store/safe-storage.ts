import type { StateStorage } from 'zustand/middleware'

/**
 * localStorage that never throws: private modes, disabled storage and full quotas all behave like
 * an empty store, so persistence is a nicety and never a failure.
 */
export const safeLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return globalThis.localStorage.getItem(name)
    } catch {
      return null
    }
  },
  setItem: (name, value) => {
    try {
      globalThis.localStorage.setItem(name, value)
    } catch {
      // Storage unavailable or full: keep working in memory.
    }
  },
  removeItem: (name) => {
    try {
      globalThis.localStorage.removeItem(name)
    } catch {
      // Same as above.
    }
  },
}
