import type { AdminLanding, EndUserLanding, LandingNode } from './classify/landing.ts'
import type { SmtpCommand } from './extract/command.ts'
import type { Provider } from './rules/providers.ts'

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

export const SIDES = ['sender-server', 'recipient-server', 'unknown'] as const satisfies readonly Side[]

/**
 * The refused connection, seen from the server whose text it is: a user's app or device handing mail to
 * its own server (`submission`), a server delivering to another domain's server (`outbound`), or another
 * domain's server delivering to this one (`inbound`).
 */
export const DIRECTIONS = ['submission', 'outbound', 'inbound', 'unknown'] as const
export type Direction = (typeof DIRECTIONS)[number]

/** The mail servers and providers whose wording or shape the decoder knows. */
export const MTAS = [
  'aol',
  'cox',
  'domino',
  'exchange',
  'exim',
  'ezweb',
  'facebook',
  'gmail',
  'godaddy',
  'google-groups',
  'google-workspace',
  'icloud',
  'imail',
  'kddi',
  'mailenable',
  'messagelabs',
  'microsoft-365',
  'mimecast',
  'nttdocomo',
  'orange',
  'outlook',
  'postfix',
  'qmail',
  'sendmail',
  'spectrum',
  'tencent',
  'trendmicro',
  'verizon',
  'yahoo',
  'zoho',
] as const
export type Mta = (typeof MTAS)[number]

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

/** A text the decoder read: what refused, why, and where the wizard continues. */
export interface RecognisedDiagnosis {
  recognised: true
  source: InputSource
  replyCode: string | null
  enhancedStatus: string | null
  permanent: boolean | null
  side: Side
  direction: Direction
  reason: SisimaiReason
  node: LandingNode
  recipient: string | null
  remoteMta: string | null
  mta: Mta | null
  /** When the text dates the refusal (a log line's or a bounce's own time stamp), as written there. */
  when: string | null
  evidence: Evidence[]
}

/** A text the decoder could not read: the wizard starts from its first question. */
export interface UnrecognisedDiagnosis {
  recognised: false
  source: InputSource
  node: LandingNode
  recipient: string | null
  evidence: Evidence[]
}

export type Diagnosis = RecognisedDiagnosis | UnrecognisedDiagnosis

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
  nodeBySide?: Partial<Record<Side, EndUserLanding>>
  /** Landing node for an admin when it differs from what the reason and direction give. */
  adminNode?: AdminLanding
  /** Which MTA or provider uses this wording. */
  mta?: Mta
  /** Whose own wording this is, for a provider's rule (filed with its reason; see `rules/providers.ts`). */
  provider?: Provider
  /** Plain-language note shown with the evidence. */
  why: string
}
