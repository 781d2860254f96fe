import {
  type AdminFlow,
  type DecodeHint,
  LANDING_NODES,
  type LandingNode,
  type Role,
} from '@/decoder/landing.ts'
import type { Diagnosis, Evidence, InputSource, Mta, SisimaiReason } from '@/decoder/types.ts'
import { DIRECTIONS, MTAS, SIDES, SISIMAI_REASONS } from '@/decoder/types.ts'

/** What the page sends the decode worker: the text to read (a paste or a whole email), and where from. */
export type DecodeRequest = { readonly source: string; readonly hint?: DecodeHint }

/** What the decode worker answers: the diagnoses, or that decoding threw. */
export type DecodeReply =
  | { readonly kind: 'done'; readonly diagnoses: readonly Diagnosis[] }
  | { readonly kind: 'failed' }

const SOURCES: readonly InputSource[] = ['server-log', 'bounce', 'client-error', 'unknown']
const ROLES: readonly Role[] = ['end-user', 'admin']
const FLOWS: readonly AdminFlow[] = ['submission', 'device', 'inbound', 'outbound']

type Fields = Record<string, unknown>

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0
const stringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string'
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value)

/** A hint with unknown or malformed fields keeps only what is valid. */
export function parseHint(value: unknown): DecodeHint {
  if (!isRecord(value)) return {}
  return {
    ...(oneOf(ROLES, value.role) ? { role: value.role } : {}),
    ...(oneOf(FLOWS, value.flow) ? { flow: value.flow } : {}),
  }
}

export function parseDecodeRequest(data: unknown): DecodeRequest | null {
  if (!isRecord(data) || typeof data.source !== 'string') return null
  return { source: data.source, hint: parseHint(data.hint) }
}

function parseEvidence(value: unknown): Evidence | null {
  if (!isRecord(value)) return null
  const { start, end, text, why } = value
  if (!isIndex(start) || !isIndex(end) || start > end) return null
  if (typeof text !== 'string' || typeof why !== 'string') return null
  return { start, end, text, why }
}

function parseEvidenceList(value: unknown): Evidence[] | null {
  if (!Array.isArray(value)) return null
  const evidence = value.map(parseEvidence)
  return evidence.some((e) => e === null) ? null : evidence.filter((e) => e !== null)
}

/** One diagnosis from the worker, with every field checked, or null when any field is off. */
export function parseDiagnosis(value: unknown): Diagnosis | null {
  if (!isRecord(value)) return null
  const v = value
  if (!oneOf(SOURCES, v.source) || !oneOf<LandingNode>(LANDING_NODES, v.node) || !stringOrNull(v.recipient))
    return null
  const evidence = parseEvidenceList(v.evidence)
  if (evidence === null) return null
  if (v.recognised === false) {
    return { recognised: false, source: v.source, node: v.node, recipient: v.recipient, evidence }
  }
  if (v.recognised !== true || !oneOf(SIDES, v.side) || !oneOf(DIRECTIONS, v.direction)) return null
  if (!stringOrNull(v.replyCode) || !stringOrNull(v.enhancedStatus)) return null
  if (!(v.permanent === null || typeof v.permanent === 'boolean')) return null
  if (!oneOf<SisimaiReason>(SISIMAI_REASONS, v.reason)) return null
  if (!(v.mta === null || oneOf<Mta>(MTAS, v.mta))) return null
  if (!stringOrNull(v.remoteMta) || !stringOrNull(v.when)) return null
  return {
    recognised: true,
    source: v.source,
    replyCode: v.replyCode,
    enhancedStatus: v.enhancedStatus,
    permanent: v.permanent,
    side: v.side,
    direction: v.direction,
    reason: v.reason,
    node: v.node,
    recipient: v.recipient,
    remoteMta: v.remoteMta,
    mta: v.mta,
    when: v.when,
    evidence,
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
