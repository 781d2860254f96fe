import { useStore } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import { safeLocalStorage } from './safe-storage.ts'

/** The last walk the user was on, so the home screen can offer to continue it. */
export type SavedWalk = { readonly start: string; readonly answers: readonly string[] }

type ResumeState = {
  lastWalk: SavedWalk | null
  remember: (walk: SavedWalk) => void
  forget: () => void
}

const KEY_PATTERN = /^[a-z0-9-]{1,64}$/

/** Persisted data is untrusted: anything that is not a plausible walk is dropped. */
export function parseSavedWalk(value: unknown): SavedWalk | null {
  if (typeof value !== 'object' || value === null) return null
  const { start, answers } = value as Record<string, unknown>
  if (typeof start !== 'string' || !KEY_PATTERN.test(start)) return null
  if (!Array.isArray(answers) || answers.length > 100) return null
  if (!answers.every((a): a is string => typeof a === 'string' && KEY_PATTERN.test(a))) return null
  return { start, answers }
}

export const resumeStore = createStore<ResumeState>()(
  persist(
    (set) => ({
      lastWalk: null,
      remember: (walk) => set({ lastWalk: walk }),
      forget: () => set({ lastWalk: null }),
    }),
    {
      name: 'relay-doctor.resume',
      version: 1,
      storage: createJSONStorage(() => safeLocalStorage),
      partialize: ({ lastWalk }) => ({ lastWalk }),
      merge: (persisted, current) => ({
        ...current,
        lastWalk: parseSavedWalk((persisted as { lastWalk?: unknown } | undefined)?.lastWalk),
      }),
    },
  ),
)

export const useResume = <T>(select: (state: ResumeState) => T): T => useStore(resumeStore, select)
