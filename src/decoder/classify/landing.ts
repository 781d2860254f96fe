import type { Direction, InputSource, Mta, Side, SisimaiReason } from '../types.ts'

/** End-user nodes the wizard continues at after a decode. The tree must define every one of them. */
export const END_USER_LANDINGS = [
  'eu-auth-on',
  'eu-bounce-who',
  'eu-rcpt-relay',
  'eu-auth-failed',
  'eu-m365',
  'eu-rcpt-invalid',
  'eu-rcpt-full',
  'eu-blocklisted',
  'eu-sender-verify',
  'eu-sender-auth-records',
  'eu-temporary',
  'eu-from-address',
  'eu-fix-port',
  'eu-ask-provider',
  'eu-start',
] as const

/** Admin nodes, by the flow they belong to: users' submissions, inbound mail, outbound mail, devices. */
export const ADMIN_LANDINGS = [
  'ad-start',
  'ad-codes',
  'ad-out-platform',
  'ad-pf-log',
  'ad-pf-sasl',
  'ad-cp-log',
  'ad-cp-tls',
  'ad-ex-clients',
  'ad-m365-code',
  'ad-m365-smtpauth',
  'ad-m365-device',
  'ad-m365-connector',
  'ad-sender-login',
  'ad-in-says',
  'ad-in-mx',
  'ad-in-domains',
  'ad-svf',
  'ad-port25-auth',
  'ad-lookup-failure',
  'ad-dnsbl-resolver',
  'ad-remote-says',
  'ad-rbl-check',
  'ad-svf-ours',
  'ad-sender-records',
  'ad-their-relay',
  'ad-smarthost',
  'ad-google-relay',
  'ad-dev-log',
  'ad-dev-sender',
] as const

/** Every node a decode can land on (a unit test and a type test check each against the tree). */
export const LANDING_NODES = [...END_USER_LANDINGS, ...ADMIN_LANDINGS] as const

export type EndUserLanding = (typeof END_USER_LANDINGS)[number]
export type AdminLanding = (typeof ADMIN_LANDINGS)[number]
export type LandingNode = EndUserLanding | AdminLanding

/** Who is reading the diagnosis: the tree has one branch for each. */
export type Role = 'end-user' | 'admin'

/** The admin flow a paste was made from (the admin's first answer in the wizard). */
export type AdminFlow = 'submission' | 'device' | 'inbound' | 'outbound'

/**
 * Where the paste came from, when the screen knows it: the wizard branch and flow the user was in.
 * A hint only: the text's own shape (a server log is an admin's) decides when the hint is missing.
 */
export interface DecodeHint {
  readonly role?: Role
  readonly flow?: AdminFlow
}

const BY_REASON: Partial<Record<SisimaiReason, EndUserLanding>> = {
  userunknown: 'eu-rcpt-invalid',
  hostunknown: 'eu-rcpt-invalid',
  suspend: 'eu-rcpt-invalid',
  hasmoved: 'eu-rcpt-invalid',
  notaccept: 'eu-rcpt-invalid',
  filtered: 'eu-rcpt-invalid',
  mailboxfull: 'eu-rcpt-full',
  emailtoolarge: 'eu-rcpt-full',
  blocked: 'eu-blocklisted',
  badreputation: 'eu-blocklisted',
  requireptr: 'eu-blocklisted',
  spamdetected: 'eu-blocklisted',
  policyviolation: 'eu-blocklisted',
  virusdetected: 'eu-blocklisted',
  contenterror: 'eu-blocklisted',
  notcompliantrfc: 'eu-blocklisted',
  rejected: 'eu-sender-verify',
  authfailure: 'eu-sender-auth-records',
  ratelimited: 'eu-temporary',
  expired: 'eu-temporary',
  networkerror: 'eu-temporary',
  systemerror: 'eu-temporary',
  systemfull: 'eu-temporary',
}

const RELAY_BY_SIDE: Record<Side, EndUserLanding> = {
  'sender-server': 'eu-auth-on',
  'recipient-server': 'eu-rcpt-relay',
  unknown: 'eu-bounce-who',
}

/**
 * The end user's node. Total: every (reason, side, permanence) lands somewhere; a rule's own node wins.
 * A relay refusal never lands on "wait": even 454 4.7.1 does not clear by retrying.
 */
export function landingNode(
  reason: SisimaiReason | null,
  side: Side,
  permanent: boolean | null,
  ruleNode: LandingNode | undefined,
): LandingNode {
  if (ruleNode !== undefined) return ruleNode
  if (reason === null) return permanent === false ? 'eu-temporary' : 'eu-start'
  if (reason === 'norelaying') return RELAY_BY_SIDE[side]
  if (reason === 'securityerror') {
    if (side === 'sender-server') return 'eu-auth-on'
    if (permanent === false) return 'eu-temporary'
    return side === 'recipient-server' ? 'eu-blocklisted' : 'eu-start'
  }
  const mapped = BY_REASON[reason]
  if (mapped !== undefined) return mapped
  return permanent === false ? 'eu-temporary' : 'eu-start'
}

/** Everything the landing depends on, decided before it. */
export interface LandingFacts {
  readonly reason: SisimaiReason
  readonly side: Side
  readonly direction: Direction
  readonly permanent: boolean | null
  readonly source: InputSource
  readonly mta: Mta | null
  readonly enhancedStatus: string | null
  /** The node the end user lands on. */
  readonly endUser: LandingNode
  /** The matched rule's admin node, when its wording has one. */
  readonly ruleAdmin: AdminLanding | undefined
}

/** Who reads it: the hint when given; otherwise a server log is an admin's, anything else an end user's. */
export function roleOf(source: InputSource, hint: DecodeHint | undefined): Role {
  return hint?.role ?? (source === 'server-log' ? 'admin' : 'end-user')
}

/**
 * The admin flow: a server log says it itself (it is the admin's own server); a bounce or an app's error
 * handed to the admin is read in the flow they were in, when they were in one.
 */
export function adminFlowOf(facts: LandingFacts, hint: DecodeHint | undefined): AdminFlow | 'unknown' {
  const fromText = facts.direction
  if (hint?.flow === 'device' && fromText !== 'inbound' && fromText !== 'outbound') return 'device'
  // smtpd refuses clients and other domains' servers alike: an admin looking at inbound mail knows which.
  const smtpdInbound = fromText === 'submission' && hint?.flow === 'inbound'
  if (facts.source === 'server-log' && fromText !== 'unknown' && !smtpdInbound) return fromText
  return hint?.flow ?? fromText
}

const OUTBOUND: Partial<Record<LandingNode, AdminLanding>> = {
  'eu-rcpt-relay': 'ad-their-relay',
  'eu-blocklisted': 'ad-rbl-check',
  'eu-sender-verify': 'ad-svf-ours',
  'eu-sender-auth-records': 'ad-sender-records',
}

const INBOUND: Partial<Record<LandingNode, AdminLanding>> = {
  'eu-sender-verify': 'ad-svf',
  'eu-blocklisted': 'ad-dnsbl-resolver',
  'eu-auth-on': 'ad-port25-auth',
}

const PLATFORM_LOG: Partial<Record<Mta, AdminLanding>> = {
  postfix: 'ad-pf-log',
  exim: 'ad-cp-log',
  exchange: 'ad-ex-clients',
  'microsoft-365': 'ad-m365-code',
}

function inboundNode(facts: LandingFacts): AdminLanding {
  if (/^4\.3\.[05]$/.test(facts.enhancedStatus ?? '')) return 'ad-lookup-failure'
  if (facts.reason === 'norelaying' || facts.endUser === 'eu-rcpt-relay') {
    // Our own log proves the mail reached us, so the MX is right; a sender's bounce does not.
    return facts.source === 'server-log' ? 'ad-in-domains' : 'ad-in-mx'
  }
  return INBOUND[facts.endUser] ?? 'ad-in-says'
}

function submissionNode(facts: LandingFacts, device: boolean): AdminLanding {
  if (facts.endUser === 'eu-m365') return 'ad-m365-code'
  if (facts.endUser === 'eu-auth-failed' && facts.mta === 'postfix') return 'ad-pf-sasl'
  if (device) return 'ad-dev-log'
  return (facts.mta === null ? undefined : PLATFORM_LOG[facts.mta]) ?? 'ad-out-platform'
}

/** The admin's node: the rule's own when it has one, else by flow and what the end user's node means. */
export function adminLanding(facts: LandingFacts, hint: DecodeHint | undefined): AdminLanding {
  const flow = adminFlowOf(facts, hint)
  // A rule's admin node is about the admin's own server refusing its users or devices.
  if (facts.ruleAdmin !== undefined && flow !== 'inbound' && flow !== 'outbound') {
    // A device that sends as an address its login does not own is fixed on the device.
    if (flow === 'device' && facts.ruleAdmin === 'ad-sender-login') return 'ad-dev-sender'
    return facts.ruleAdmin
  }
  switch (flow) {
    case 'outbound':
      return OUTBOUND[facts.endUser] ?? 'ad-remote-says'
    case 'inbound':
      return inboundNode(facts)
    case 'submission':
    case 'device':
      return submissionNode(facts, flow === 'device')
    case 'unknown':
      return facts.reason === 'norelaying' ? 'ad-codes' : 'ad-start'
  }
}

/** The node for the reader: the end user's, or the admin's. */
export function landFor(facts: LandingFacts, hint: DecodeHint | undefined): LandingNode {
  return roleOf(facts.source, hint) === 'admin' ? adminLanding(facts, hint) : facts.endUser
}
