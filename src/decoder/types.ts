import type { SmtpCommand } from './command.ts'
import type { LandingNode } from './landing.ts'

/** Sisimai reason names, newest vocabulary (speeding/toomanyconn → ratelimited, mesgtoobig/exceedlimit → emailtoolarge). */
export const SISIMAI_REASONS = [
  'authfailure',
  'badreputation',
  'blocked',
  'contenterror',
  'delivered',
  'emailtoolarge',
  'expired',
  'failedstarttls',
  'feedback',
  'filtered',
  'hasmoved',
  'hostunknown',
  'mailboxfull',
  'mailererror',
  'networkerror',
  'norelaying',
  'notaccept',
  'notcompliantrfc',
  'onhold',
  'policyviolation',
  'ratelimited',
  'rejected',
  'requireptr',
  'securityerror',
  'spamdetected',
  'suppressed',
  'suspend',
  'syntaxerror',
  'systemerror',
  'systemfull',
  'undefined',
  'userunknown',
  'vacation',
  'virusdetected',
] as const

export type SisimaiReason = (typeof SISIMAI_REASONS)[number]

/** Which server refused: the user's own outgoing server, the destination's server, or not knowable from the text. */
export type Side = 'sender-server' | 'recipient-server' | 'unknown'

/**
 * What kind of text was decoded: MTA log lines, a bounce (DSN / NDR / bounce email or its readable text),
 * a mail app's error dialog or SMTP transcript (or a bare server reply), or none of these.
 */
export type InputSource = 'server-log' | 'bounce' | 'client-error' | 'unknown'

/** A span of the input text that decided part of the diagnosis. `text === input.slice(start, end)`. */
export interface Evidence {
  start: number
  end: number
  text: string
  why: string
}

export interface Diagnosis {
  recognised: boolean
  source: InputSource
  replyCode: string | null
  enhancedStatus: string | null
  permanent: boolean | null
  side: Side
  reason: SisimaiReason | null
  node: LandingNode
  recipient: string | null
  remoteMta: string | null
  mta: string | null
  evidence: Evidence[]
}

/** One wording rule. Rules are data: tables in `rules/*.ts`, tried in the order of `rule-table.ts`. */
export interface Rule {
  /** Stable id, `family.short-name`; every id has a fixture in `fixtures/rule-fixtures.ts`. */
  id: string
  reason: SisimaiReason
  /** Case-insensitive, linear-time pattern over one recipient's error text (built with `words`). */
  pattern?: RegExp
  /** The enhanced status must match, e.g. /^5\.4\.1$/. A rule has a pattern, a status, or both. */
  status?: RegExp
  /** The rule does not apply when the error text also matches this. */
  unless?: RegExp
  /**
   * Only for this provider: the recipient's domain, the remote server or the reporting server is one of
   * these names or under them (Sisimai's "rhost" tables).
   */
  hosts?: readonly string[]
  /** Only when the refused SMTP step is one of these (`null`: the text does not say). */
  commands?: readonly (SmtpCommand | null)[]
  /** Default side when the wording alone tells it; surrounding text (e.g. "host X said") may override. */
  side?: Side
  /** The side cannot be overridden by context (e.g. SMTP AUTH refusals only happen on submission). */
  sideFixed?: boolean
  /** Landing node when the reason alone would land elsewhere. */
  node?: LandingNode
  /** Landing node per side, for wording whose meaning depends on who refused. */
  nodeBySide?: Partial<Record<Side, LandingNode>>
  /** Which MTA or provider uses this wording. */
  mta?: string
  /** Plain-language note shown with the evidence. */
  why: string
}
