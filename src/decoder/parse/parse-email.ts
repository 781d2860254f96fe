import PostalMime from 'postal-mime'
import { firstLines } from './first-lines.ts'

/** The parts of a parsed email the decoder reads. */
export interface ParsedEmail {
  headers: ReadonlyMap<string, string>
  /** Readable text body (the bounce's explanation), without attached original messages. */
  body: string
  /** Texts of message/delivery-status parts, in order. */
  deliveryStatus: string[]
  /** Texts of message/feedback-report parts (ARF complaints). */
  feedbackReports: string[]
  /** Attached messages (message/rfc822) that are themselves delivery reports: a forwarded bounce. */
  attachedReports: string[]
}

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status'])
const utf8 = new TextDecoder('utf-8')
/** A returned original message is not a report; one that is a multipart/report with a DSN part is. */
const ATTACHED_REPORT = /^Content-Type:[ \t]*message\/(?:global-)?delivery-status/im
const MAX_ATTACHED_REPORTS = 3
/**
 * Lines handed to the MIME parser. A report's parts come before the returned message (the largest
 * bounce in the Sisimai corpus has 1,469 lines), so every part the decoder reads is kept, while the
 * parser's work stays bounded: it grows with the number of lines (each line becomes a Blob part), about
 * 20 s per MB of blank lines in Node and 2-4 s in Chromium.
 */
const MAX_PARSED_LINES = 10_000

function partText(content: ArrayBuffer | Uint8Array | string): string {
  return typeof content === 'string' ? content : utf8.decode(content)
}

/** Parses a whole message with postal-mime (Node and browser). Rejects only if postal-mime itself fails. */
export async function parseEmail(raw: string | ArrayBuffer | Uint8Array): Promise<ParsedEmail> {
  // Report parts stay attachments, so the returned original message never mixes into the body text.
  const email = await PostalMime.parse(firstLines(raw, MAX_PARSED_LINES), {
    forceRfc822Attachments: true,
    attachmentEncoding: 'arraybuffer',
  })
  const headers = new Map<string, string>()
  for (const h of email.headers) if (!headers.has(h.key)) headers.set(h.key, h.value)
  const deliveryStatus: string[] = []
  const feedbackReports: string[] = []
  const attachedReports: string[] = []
  for (const a of email.attachments) {
    if (DSN_TYPES.has(a.mimeType)) deliveryStatus.push(partText(a.content))
    else if (a.mimeType === 'message/feedback-report') feedbackReports.push(partText(a.content))
    else if (a.mimeType === 'message/rfc822' && attachedReports.length < MAX_ATTACHED_REPORTS) {
      const text = partText(a.content)
      if (ATTACHED_REPORT.test(text.slice(0, 64 * 1024))) attachedReports.push(text)
    }
  }
  return { headers, body: email.text ?? '', deliveryStatus, feedbackReports, attachedReports }
}

const HEADER_START =
  /^(?:From |Return-Path:|Received:|Delivered-To:|Date:|From:|To:|Subject:|Message-ID:|MIME-Version:|X-[\w-]+:|Content-Type:)/i

/** Whether pasted text is a whole email (starts with a header block) rather than a bare error text. */
export function looksLikeEmail(text: string): boolean {
  const head = text.slice(0, 4096)
  if (!HEADER_START.test(head)) return false
  const blank = /\r?\n\r?\n/.exec(head)
  const headerPart = blank === null ? head : head.slice(0, blank.index)
  const lines = headerPart.split(/\r?\n/).filter((l) => /^[A-Za-z][\w-]*:/.test(l))
  return lines.length >= 2
}
