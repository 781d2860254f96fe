import { LANDING_NODES, type LandingNode } from '@/decoder/landing.ts'
import type { Diagnosis, Evidence, InputSource, Side, SisimaiReason } from '@/decoder/types.ts'
import { SISIMAI_REASONS } from '@/decoder/types.ts'

/** What the page sends the decode worker: the text to read (a paste or a whole email). */
export type DecodeRequest = { readonly source: string }

/** What the decode worker answers: the diagnoses, or that decoding threw. */
export type DecodeReply =
  | { readonly kind: 'done'; readonly diagnoses: readonly Diagnosis[] }
  | { readonly kind: 'failed' }

const SIDES: readonly Side[] = ['sender-server', 'recipient-server', 'unknown']
const SOURCES: readonly InputSource[] = ['server-log', 'bounce', 'client-error', 'unknown']

type Fields = Record<string, unknown>

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0
const stringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string'
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value)

export function parseDecodeRequest(data: unknown): DecodeRequest | null {
  return isRecord(data) && typeof data.source === 'string' ? { source: data.source } : null
}

function parseEvidence(value: unknown): Evidence | null {
  if (!isRecord(value)) return null
  const { start, end, text, why } = value
  if (!isIndex(start) || !isIndex(end) || start > end) return null
  if (typeof text !== 'string' || typeof why !== 'string') return null
  return { start, end, text, why }
}

/** One diagnosis from the worker, with every field checked, or null when any field is off. */
export function parseDiagnosis(value: unknown): Diagnosis | null {
  if (!isRecord(value)) return null
  const v = value
  if (typeof v.recognised !== 'boolean' || !oneOf(SOURCES, v.source) || !oneOf(SIDES, v.side)) return null
  if (!stringOrNull(v.replyCode) || !stringOrNull(v.enhancedStatus)) return null
  if (!(v.permanent === null || typeof v.permanent === 'boolean')) return null
  if (!(v.reason === null || oneOf<SisimaiReason>(SISIMAI_REASONS, v.reason))) return null
  if (!oneOf<LandingNode>(LANDING_NODES, v.node)) return null
  if (!stringOrNull(v.recipient) || !stringOrNull(v.remoteMta) || !stringOrNull(v.mta)) return null
  if (!Array.isArray(v.evidence)) return null
  const evidence = v.evidence.map(parseEvidence)
  if (evidence.some((e) => e === null)) return null
  return {
    recognised: v.recognised,
    source: v.source,
    replyCode: v.replyCode,
    enhancedStatus: v.enhancedStatus,
    permanent: v.permanent,
    side: v.side,
    reason: v.reason,
    node: v.node,
    recipient: v.recipient,
    remoteMta: v.remoteMta,
    mta: v.mta,
    evidence: evidence.filter((e) => e !== null),
  }
}

/** The worker's answer is untrusted in shape: anything malformed reads as a failure (null). */
export function parseDecodeReply(data: unknown): DecodeReply | null {
  if (!isRecord(data)) return null
  if (data.kind === 'failed') return { kind: 'failed' }
  if (data.kind !== 'done' || !Array.isArray(data.diagnoses)) return null
  const diagnoses = data.diagnoses.map(parseDiagnosis)
  if (diagnoses.some((d) => d === null)) return null
  return { kind: 'done', diagnoses: diagnoses.filter((d) => d !== null) }
}
