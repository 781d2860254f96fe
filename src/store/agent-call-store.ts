import { useStore } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import { MAX_PASTE } from './paste-store.ts'
import { safeSessionStorage } from './session-storage.ts'

/** A note longer than this was not typed on a call: stored notes over it are dropped. */
export const MAX_NOTE = 10_000
const MAX_NOTES = 200

type CallData = {
  /** The agent's note per tree node, keyed by node id. */
  notes: Readonly<Record<string, string>>
  /** The error text the agent pasted; never put in the URL. */
  errorText: string
  /** Single-key shortcuts (WCAG 2.1.4): the agent can switch them off. */
  shortcutsOn: boolean
}

type AgentCallState = CallData & {
  setNote: (node: string, note: string) => void
  setErrorText: (text: string) => void
  setShortcutsOn: (on: boolean) => void
  /** Ends the call: forgets the notes and the pasted error, in memory and in this tab's storage. */
  clear: () => void
}

const EMPTY: CallData = { notes: {}, errorText: '', shortcutsOn: true }

/** Reads what this tab's storage holds, keeping only values this app could have written. */
export function parseCallData(stored: unknown): CallData {
  if (typeof stored !== 'object' || stored === null) return EMPTY
  const raw = stored as Record<string, unknown>
  const entries = typeof raw.notes === 'object' && raw.notes !== null ? Object.entries(raw.notes) : []
  const notes = Object.fromEntries(
    entries
      .filter(
        (entry): entry is [string, string] =>
          typeof entry[1] === 'string' && entry[1] !== '' && entry[1].length <= MAX_NOTE,
      )
      .slice(0, MAX_NOTES),
  )
  const errorText =
    typeof raw.errorText === 'string' && raw.errorText.length <= MAX_PASTE ? raw.errorText : ''
  return { notes, errorText, shortcutsOn: raw.shortcutsOn !== false }
}

export const agentCallStore = createStore<AgentCallState>()(
  persist(
    (set) => ({
      ...EMPTY,
      setNote: (node, note) => {
        set((state) => {
          const others = Object.entries(state.notes).filter(([key]) => key !== node)
          if (note !== '') others.push([node, note.slice(0, MAX_NOTE)])
          return { notes: Object.fromEntries(others) }
        })
      },
      setErrorText: (text) => {
        if (text.length <= MAX_PASTE) set({ errorText: text })
      },
      setShortcutsOn: (shortcutsOn) => {
        set({ shortcutsOn })
      },
      clear: () => {
        set({ notes: {}, errorText: '' })
        agentCallStore.persist.clearStorage()
      },
    }),
    {
      name: 'relay-doctor.agent-call',
      version: 1,
      storage: createJSONStorage(() => safeSessionStorage),
      partialize: ({ notes, errorText, shortcutsOn }) => ({ notes, errorText, shortcutsOn }),
      merge: (persisted, current) => ({ ...current, ...parseCallData(persisted) }),
    },
  ),
)

export const useAgentCall = <T>(select: (state: AgentCallState) => T): T => useStore(agentCallStore, select)
