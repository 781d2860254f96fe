import { decodeText } from '@/decoder/decode.ts'
import { decodeEmail } from '@/decoder/decode-email.ts'
import { looksLikeEmail } from '@/decoder/parse/parse-email.ts'
import type { DecodeReply } from './decode-protocol.ts'
import { parseDecodeRequest } from './decode-protocol.ts'

// Decoding runs here, off the page's thread, so a slow or hostile text never freezes the page;
// the page ends this worker when it runs over its time budget.

/** The part of the worker's global scope used here (the DOM typings describe a window, not a worker). */
type WorkerScope = {
  onmessage: ((event: MessageEvent<unknown>) => void) | null
  postMessage: (reply: DecodeReply) => void
}
const scope = self as unknown as WorkerScope

async function decode(data: unknown): Promise<DecodeReply> {
  const request = parseDecodeRequest(data)
  if (!request) return { kind: 'failed' }
  try {
    const { source, hint } = request
    const diagnoses = looksLikeEmail(source) ? await decodeEmail(source, hint) : decodeText(source, hint)
    return { kind: 'done', diagnoses }
  } catch {
    return { kind: 'failed' }
  }
}

scope.onmessage = (event) => {
  void decode(event.data).then((reply) => {
    scope.postMessage(reply)
  })
}
