import { messageDraftStore } from './message-draft-store.ts'
import { pasteStore } from './paste-store.ts'

/** Forgets everything the user pasted or typed (the paste and the message draft), in memory and storage. */
export function clearEntered(): void {
  pasteStore.getState().clear()
  messageDraftStore.getState().clear()
}
