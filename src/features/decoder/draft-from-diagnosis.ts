import type { RecognisedDiagnosis } from '@/decoder/types.ts'
import type { MessageDraft } from '@/store/message-draft-store.ts'
import { errorLines } from './error-lines.ts'

/**
 * The message fields a decoded error fills: its own date and time, the recipient's domain, the refusing
 * server when it is the user's own, and the whole error lines. Fields the text does not give are left
 * as the user typed them.
 */
export function draftFromDiagnosis(
  pasted: string,
  d: RecognisedDiagnosis,
  summary: string,
): Partial<MessageDraft> {
  const domain = d.recipient?.split('@')[1] ?? ''
  return {
    errorText: errorLines(pasted, d.evidence),
    decoded: summary,
    edited: null,
    ...(d.when === null ? {} : { when: d.when }),
    ...(domain === '' ? {} : { recipientDomain: domain }),
    ...(d.side === 'sender-server' && d.remoteMta !== null ? { outgoingServer: d.remoteMta } : {}),
  }
}
