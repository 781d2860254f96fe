import { useStore } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import { safeSessionStorage } from './session-storage.ts'

/** What the user typed for the message to their provider; kept for the tab so nothing typed is lost. */
export type MessageDraft = {
  readonly errorText: string
  readonly when: string
  readonly sender: string
  readonly recipientDomain: string
  readonly outgoingServer: string
  readonly network: string
  /** A one-line summary of a decoded error the user pasted, if any. */
  readonly decoded: string
  /** The message text as the user edited it; null while it follows the fields. */
  readonly edited: string | null
}

export const EMPTY_DRAFT: MessageDraft = {
  errorText: '',
  when: '',
  sender: '',
  recipientDomain: '',
  outgoingServer: '',
  network: '',
  decoded: '',
  edited: null,
}

const LIMITS: Record<keyof MessageDraft, number> = {
  errorText: 20_000,
  when: 200,
  sender: 320,
  recipientDomain: 253,
  outgoingServer: 253,
  network: 40,
  decoded: 400,
  edited: 40_000,
}

type DraftState = MessageDraft & {
  update: (change: Partial<MessageDraft>) => void
  /** Forgets the draft, in memory and in this tab's storage. */
  clear: () => void
}

/** Persisted drafts are untrusted: keep only strings of sensible length. */
export function parseDraft(value: unknown): MessageDraft {
  if (typeof value !== 'object' || value === null) return EMPTY_DRAFT
  const record = value as Record<string, unknown>
  const pick = (key: keyof MessageDraft) => {
    const raw = record[key]
    return typeof raw === 'string' ? raw.slice(0, LIMITS[key]) : ''
  }
  const edited = record.edited
  return {
    errorText: pick('errorText'),
    when: pick('when'),
    sender: pick('sender'),
    recipientDomain: pick('recipientDomain'),
    outgoingServer: pick('outgoingServer'),
    network: pick('network'),
    decoded: pick('decoded'),
    edited: typeof edited === 'string' ? edited.slice(0, LIMITS.edited) : null,
  }
}

export const messageDraftStore = createStore<DraftState>()(
  persist(
    (set) => ({
      ...EMPTY_DRAFT,
      update: (change) => set(change),
      clear: () => {
        set(EMPTY_DRAFT)
        messageDraftStore.persist.clearStorage()
      },
    }),
    {
      name: 'relay-doctor.message-draft',
      version: 1,
      storage: createJSONStorage(() => safeSessionStorage),
      partialize: (state): MessageDraft => parseDraft(state),
      merge: (persisted, current) => ({ ...current, ...parseDraft(persisted) }),
    },
  ),
)

export const useMessageDraft = <T>(select: (state: DraftState) => T): T => useStore(messageDraftStore, select)
