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

/** Keeps `data` when it is a tagged message of this protocol version with exactly the given keys. */
function tagged(data: unknown, keys: readonly string[]): Record<string, unknown> | null {
  if (!isRecord(data) || data.source !== PROTOCOL_SOURCE || data.version !== PROTOCOL_VERSION) return null
  const expected = ['source', 'version', 'type', ...keys]
  const actual = Object.keys(data)
  return actual.length === expected.length && actual.every((key) => expected.includes(key)) ? data : null
}

const FRAME_KEYS: Record<FrameEvent['type'], readonly string[]> = {
  ready: [],
  resize: ['height'],
  step: ['node', 'kind', 'entry', 'depth'],
  outcome: ['kind', 'node'],
  error: ['code'],
}

/** A message from the frame, or null when `data` is anything else. */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  const type = isRecord(data) ? data.type : undefined
  if (typeof type !== 'string' || !Object.hasOwn(FRAME_KEYS, type)) return null
  const m = tagged(data, FRAME_KEYS[type as FrameEvent['type']])
  if (m === null) return null
  const ok =
    type === 'ready' ||
    (type === 'resize' && isCount(m.height, MAX_FRAME_HEIGHT)) ||
    (type === 'step' &&
      isId(m.node) &&
      NODE_KINDS.includes(m.kind) &&
      isId(m.entry) &&
      isCount(m.depth, 10_000)) ||
    (type === 'outcome' && isId(m.kind) && isId(m.node)) ||
    (type === 'error' && ERROR_CODES.includes(m.code))
  return ok ? (m as FrameMessage) : null
}

const HOST_KEYS: Record<HostCommand['type'], readonly string[]> = {
  restart: [],
  start: ['entry'],
  theme: ['theme'],
}

/** A command from the host page, or null when `data` is anything else. */
export function parseHostMessage(data: unknown): HostMessage | null {
  const type = isRecord(data) ? data.type : undefined
  if (typeof type !== 'string' || !Object.hasOwn(HOST_KEYS, type)) return null
  const m = tagged(data, HOST_KEYS[type as HostCommand['type']])
  if (m === null) return null
  const ok =
    type === 'restart' || (type === 'start' && isId(m.entry)) || (type === 'theme' && isRecord(m.theme))
  return ok ? (m as HostMessage) : null
}

/** Tags an event or a command for sending. */
export const tag = <T extends FrameEvent | HostCommand>(body: T): Tagged<T> => ({
  source: PROTOCOL_SOURCE,
  version: PROTOCOL_VERSION,
  ...body,
})
