import { AUTH_FAILED_RULES, AUTH_REQUIRED_RULES } from './rules/auth.ts'
import { BLOCKED_RULES, BLOCKLIST_RULES, PTR_RULES, REPUTATION_RULES } from './rules/blocklist.ts'
import { CONTENT_RULES, RFC_RULES, SPAM_RULES } from './rules/content.ts'
import { GOOGLE_RULES } from './rules/google.ts'
import { MICROSOFT_RULES } from './rules/microsoft.ts'
import { FILTERED_RULES, HOST_RULES, MAILBOX_RULES, USER_UNKNOWN_RULES } from './rules/recipient.ts'
import { RELAY_RULES } from './rules/relay.ts'
import { REJECTED_SENDER_RULES, SENDER_AUTH_RULES, SENDER_VERIFY_RULES } from './rules/sender.ts'
import { DELIVERY_FAILURE_RULES, TEMPORARY_RULES } from './rules/temporary.ts'
import type { Rule } from './types.ts'

/**
 * Every rule in the order it is tried; the first match decides. Provider-specific wording comes first,
 * sender-verify before relay (a callout transcript quotes the other server's "Relay access denied"),
 * relay before the generic families, and broad catch-alls last.
 */
export const RULE_TABLE: readonly Rule[] = [
  ...SENDER_VERIFY_RULES,
  ...MICROSOFT_RULES,
  ...GOOGLE_RULES,
  ...AUTH_FAILED_RULES,
  ...RELAY_RULES,
  ...MAILBOX_RULES,
  ...SENDER_AUTH_RULES,
  ...USER_UNKNOWN_RULES,
  ...FILTERED_RULES,
  ...RFC_RULES,
  ...PTR_RULES,
  ...REPUTATION_RULES,
  ...BLOCKLIST_RULES,
  ...REJECTED_SENDER_RULES,
  ...HOST_RULES,
  ...TEMPORARY_RULES,
  ...SPAM_RULES,
  ...BLOCKED_RULES,
  ...CONTENT_RULES,
  ...DELIVERY_FAILURE_RULES,
  ...AUTH_REQUIRED_RULES,
]
