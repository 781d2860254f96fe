import type { Side, SisimaiReason } from './types.ts'

/** Tree node ids the wizard continues at after a decode. The tree must define every one of them. */
export const LANDING_NODES = [
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
  'eu-start',
] as const

export type LandingNode = (typeof LANDING_NODES)[number]

const BY_REASON: Partial<Record<SisimaiReason, LandingNode>> = {
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

const RELAY_BY_SIDE: Record<Side, LandingNode> = {
  'sender-server': 'eu-auth-on',
  'recipient-server': 'eu-rcpt-relay',
  unknown: 'eu-bounce-who',
}

/** Total: every (reason, side, permanence) lands somewhere; a rule's own node wins. */
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
