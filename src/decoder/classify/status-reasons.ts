import type { SisimaiReason } from '../types.ts'

/**
 * Reason implied by a standard enhanced status code alone (RFC 3463 / 5248 meanings), used only when no
 * wording rule matched. Class 4 and 5 share the table unless a transient use means something else.
 */
const BY_SUBJECT_DETAIL: Readonly<Record<string, SisimaiReason>> = {
  '1.0': 'userunknown',
  '1.1': 'userunknown',
  '1.2': 'hostunknown',
  '1.3': 'userunknown',
  '1.4': 'filtered',
  '1.6': 'hasmoved',
  '1.7': 'rejected',
  '1.8': 'rejected',
  '1.9': 'systemerror',
  '1.10': 'notaccept',
  '2.0': 'filtered',
  '2.1': 'filtered',
  '2.2': 'mailboxfull',
  '2.3': 'emailtoolarge',
  '2.4': 'filtered',
  '3.0': 'systemerror',
  '3.1': 'systemfull',
  '3.2': 'notaccept',
  '3.3': 'systemerror',
  '3.4': 'emailtoolarge',
  '3.5': 'systemerror',
  '4.0': 'networkerror',
  '4.1': 'expired',
  '4.2': 'networkerror',
  '4.3': 'systemerror',
  '4.4': 'hostunknown',
  '4.5': 'systemfull',
  '4.6': 'networkerror',
  '4.7': 'expired',
  '4.8': 'networkerror',
  '5.2': 'syntaxerror',
  '5.3': 'ratelimited',
  '5.4': 'systemerror',
  '5.5': 'systemerror',
  '5.6': 'syntaxerror',
  '7.0': 'securityerror',
  '7.1': 'securityerror',
  '7.2': 'securityerror',
  '7.8': 'securityerror',
  '7.13': 'suspend',
  '7.16': 'emailtoolarge',
  '7.17': 'hasmoved',
  '7.18': 'hasmoved',
  '7.20': 'authfailure',
  '7.21': 'authfailure',
  '7.22': 'authfailure',
  '7.23': 'authfailure',
  '7.24': 'authfailure',
  '7.25': 'requireptr',
  '7.26': 'authfailure',
  '7.27': 'notaccept',
  '7.28': 'spamdetected',
  '7.29': 'authfailure',
}

/** Transient uses that differ from the permanent meaning. */
const TRANSIENT: Readonly<Record<string, SisimaiReason>> = {
  '2.1': 'blocked',
  '4.4': 'networkerror',
  '7.1': 'blocked',
  '7.2': 'blocked',
}

export function reasonForStatus(status: string | null): SisimaiReason | null {
  if (status === null) return null
  const [cls, subject, detail] = status.split('.')
  if (cls === '2') return 'delivered'
  const key = `${subject ?? ''}.${detail ?? ''}`
  if (cls === '4') {
    const transient = TRANSIENT[key]
    if (transient !== undefined) return transient
  }
  const known = BY_SUBJECT_DETAIL[key]
  if (known !== undefined) return known
  if (subject === '6') return 'contenterror'
  if (subject === '7') return 'securityerror'
  return null
}

/**
 * Reasons implied by the SMTP reply code alone, used only when no wording rule matched: 501–504 (and the
 * unassigned codes up to 507) answer a command the server could not parse or take in that order.
 */
const BY_REPLY: readonly (readonly [RegExp, SisimaiReason])[] = [[/^[45]0[1-7]$/, 'syntaxerror']]

export function reasonForReply(reply: string | null): SisimaiReason | null {
  if (reply === null) return null
  for (const [codes, reason] of BY_REPLY) if (codes.test(reply)) return reason
  return null
}
