/**
 * The messages Relay Doctor's frame and the host page's loader (embed.js) exchange over
 * postMessage. Both sides parse what they receive with the functions here and drop anything that
 * is not exactly a known message: a foreign page can send anything.
 *
 * No message carries text the user typed or pasted: only node ids, kinds, entry names and numbers.
 */
export const PROTOCOL_SOURCE = 'relay-doctor'
export const PROTOCOL_VERSION = 1

type Tagged<T> = T & { readonly source: typeof PROTOCOL_SOURCE; readonly version: typeof PROTOCOL_VERSION }

/** What the frame tells the host. */
export type FrameEvent =
  | { readonly type: 'ready' }
  /** The height of the app's content in CSS pixels; the loader sizes the frame to it. */
  | { readonly type: 'resize'; readonly height: number }
  /** A new wizard screen: its node id and kind, the entry the walk began at, and how many answers led there. */
  | {
      readonly type: 'step'
      readonly node: string
      readonly kind: 'question' | 'step' | 'outcome'
      readonly entry: string
      readonly depth: number
    }
  /** The walk reached an outcome: its verdict (for example `fixed`, `contact-provider`) and node id. */
  | { readonly type: 'outcome'; readonly kind: string; readonly node: string }
  /** Something went wrong in the frame, as a code (never a message with user data). */
  | { readonly type: 'error'; readonly code: FrameErrorCode }

export type FrameErrorCode = 'bad-link' | 'bad-entry' | 'bad-theme'
export type FrameMessage = Tagged<FrameEvent>

/** What the host asks of the frame. `theme` is checked by the frame like provider.json's theme. */
export type HostCommand =
  | { readonly type: 'restart' }
  | { readonly type: 'start'; readonly entry: string }
  | { readonly type: 'theme'; readonly theme: unknown }
export type HostMessage = Tagged<HostCommand>

/** The largest height the frame reports; anything above is not a real page. */
export const MAX_FRAME_HEIGHT = 100_000

// Ids are kebab-case ASCII in the tree; the same shape for entries, verdicts and error codes.
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 64 && ID.test(v)
const isCount = (v: unknown, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max
const NODE_KINDS: readonly unknown[] = ['question', 'step', 'outcome']
const ERROR_CODES: readonly unknown[] = ['bad-link', 'bad-entry', 'bad-theme']

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Each message type's fields (besides source, version and type) and the check for each value. */
type Fields = Readonly<Record<string, (value: unknown) => boolean>>

const FRAME_FIELDS: Record<FrameEvent['type'], Fields> = {
  ready: {},
  resize: { height: (v) => isCount(v, MAX_FRAME_HEIGHT) },
  step: { node: isId, kind: (v) => NODE_KINDS.includes(v), entry: isId, depth: (v) => isCount(v, 10_000) },
  outcome: { kind: isId, node: isId },
  error: { code: (v) => ERROR_CODES.includes(v) },
}

const HOST_FIELDS: Record<HostCommand['type'], Fields> = {
  restart: {},
  start: { entry: isId },
  theme: { theme: isRecord },
}

/** Keeps `data` when it is a message of this protocol version of a known type, with exactly its fields, each valid. */
function parseTagged(data: unknown, types: Readonly<Record<string, Fields>>): Record<string, unknown> | null {
  if (!isRecord(data) || data.source !== PROTOCOL_SOURCE || data.version !== PROTOCOL_VERSION) return null
  const fields =
    typeof data.type === 'string' && Object.hasOwn(types, data.type) ? types[data.type] : undefined
  if (fields === undefined) return null
  const expected = ['source', 'version', 'type', ...Object.keys(fields)]
  const actual = Object.keys(data)
  if (actual.length !== expected.length || !actual.every((key) => expected.includes(key))) return null
  return Object.entries(fields).every(([key, valid]) => valid(data[key])) ? data : null
}

/** A message from the frame, or null when `data` is anything else. */
export const parseFrameMessage = (data: unknown): FrameMessage | null =>
  parseTagged(data, FRAME_FIELDS) as FrameMessage | null

/** A command from the host page, or null when `data` is anything else. */
export const parseHostMessage = (data: unknown): HostMessage | null =>
  parseTagged(data, HOST_FIELDS) as HostMessage | null

/** Tags an event or a command for sending. */
export const tag = <T extends FrameEvent | HostCommand>(body: T): Tagged<T> => ({
  source: PROTOCOL_SOURCE,
  version: PROTOCOL_VERSION,
  ...body,
})
