import type { Rule } from '../types.ts'

/** Orange / La Poste error labels such as "LPN007_416" or "OFR_506": the last three digits name the case. */
function francePtt(codes: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:LPN|OFR|OUK)[A-Z]{0,3}\d{0,3}_?(?:${codes.join('|')})\b`, 'i')
}

/** Orange (orange.fr, wanadoo.fr) and La Poste (laposte.net): each refusal carries a numbered label. */
export const FRANCE_PTT_RULES = [
  {
    id: 'orange.blocked',
    reason: 'blocked',
    pattern: francePtt(['101', '102', '103', '510', '999']),
    side: 'recipient-server',
    mta: 'orange',
    why: "Orange / La Poste refused the sending server's IP address (label 101-103, 510, 999)",
  },
  {
    id: 'orange.too-many-connections',
    reason: 'ratelimited',
    pattern: francePtt(['104']),
    side: 'recipient-server',
    mta: 'orange',
    why: 'Orange / La Poste: too many connections from the sending server (label 104)',
  },
  {
    id: 'orange.authentication',
    reason: 'securityerror',
    pattern: francePtt(['305', '402']),
    side: 'recipient-server',
    mta: 'orange',
    why: 'Orange / La Poste wants authentication (label 305, 402)',
  },
  {
    id: 'orange.spf-dmarc',
    reason: 'authfailure',
    pattern: francePtt(['401', '517']),
    side: 'recipient-server',
    mta: 'orange',
    why: 'Orange / La Poste: the SPF or DMARC check failed (label 401, 517)',
  },
  {
    id: 'orange.invalid-sender',
    reason: 'rejected',
    pattern: francePtt(['403', '405', '415', '421']),
    side: 'recipient-server',
    mta: 'orange',
    why: 'Orange / La Poste refused the sender address (label 403, 405, 415, 421)',
  },
  {
    id: 'orange.invalid-recipient',
    reason: 'userunknown',
    pattern: francePtt(['416']),
    side: 'recipient-server',
    mta: 'orange',
    why: 'Orange / La Poste: the recipient address does not exist (label 416)',
  },
  {
    id: 'orange.mailbox-full',
    reason: 'mailboxfull',
    pattern: francePtt(['417']),
    side: 'recipient-server',
    mta: 'orange',
    why: "Orange / La Poste: the recipient's mailbox is full (label 417)",
  },
  {
    id: 'orange.account-blocked',
    reason: 'suspend',
    pattern: francePtt(['420', '426']),
    side: 'recipient-server',
    mta: 'orange',
    why: "Orange / La Poste: the recipient's account is archived or blocked (label 420, 426)",
  },
  {
    id: 'orange.service-refused',
    reason: 'systemerror',
    pattern: francePtt(['505']),
    side: 'recipient-server',
    mta: 'orange',
    why: 'Orange / La Poste refused the message for now (label 505)',
  },
  {
    id: 'orange.mail-rejected',
    reason: 'spamdetected',
    pattern: francePtt(['506']),
    side: 'recipient-server',
    mta: 'orange',
    why: 'Orange / La Poste rejected the message as spam (label 506)',
  },
  {
    id: 'orange.too-large',
    reason: 'emailtoolarge',
    pattern: francePtt(['514']),
    side: 'recipient-server',
    mta: 'orange',
    why: 'Orange / La Poste: the message is too large (label 514)',
  },
  {
    id: 'orange.client-host-rejected',
    reason: 'policyviolation',
    pattern: francePtt(['630']),
    side: 'recipient-server',
    mta: 'orange',
    why: 'Orange / La Poste refused the sending host by policy (label 630)',
  },
] as const satisfies readonly Rule[]
