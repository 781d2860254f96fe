import type { SisimaiReason } from '../types.ts'
import type { SmtpCommand } from './command.ts'

/** What a reporting MTA's own classification of a failure means. */
export interface ReporterCategory {
  reason: SisimaiReason
  /** The SMTP step the category implies, when the error text does not name one. */
  command?: SmtpCommand
}

/**
 * DSN fields in which a sending platform classifies each failure itself, per field (lower-case name),
 * per value (lower-case). Used when the error wording does not decide: a wording rule still wins.
 */
export const REPORTER_CATEGORY_FIELDS: Readonly<Record<string, Readonly<Record<string, ReporterCategory>>>> =
  {
    // PowerMTA: "X-PowerMTA-BounceCategory: bad-mailbox"
    'x-powermta-bouncecategory': {
      'bad-domain': { reason: 'hostunknown' },
      'bad-mailbox': { reason: 'userunknown', command: 'RCPT' },
      'inactive-mailbox': { reason: 'suspend', command: 'RCPT' },
      'message-expired': { reason: 'expired' },
      'no-answer-from-host': { reason: 'networkerror' },
      'policy-related': { reason: 'policyviolation' },
      'quota-issues': { reason: 'mailboxfull' },
      'routing-errors': { reason: 'systemerror' },
      'spam-related': { reason: 'spamdetected' },
    },
  }

/** The category a DSN field gives, or null. */
export function reporterCategory(field: string, value: string): ReporterCategory | null {
  return REPORTER_CATEGORY_FIELDS[field.toLowerCase()]?.[value.trim().toLowerCase()] ?? null
}
