import type { Rule } from '../types.ts'
import { AUTH_FAILED_RULES, AUTH_REQUIRED_RULES } from './auth.ts'
import { BLOCKED_RULES, BLOCKLIST_RULES, PTR_RULES, REPUTATION_RULES } from './blocklist.ts'
import { CONTENT_RULES, RFC_RULES, SPAM_RULES } from './content.ts'
import { GOOGLE_RULES } from './google.ts'
import { MAILBOX_RULES } from './mailbox.ts'
import { MICROSOFT_RULES } from './microsoft.ts'
import { MTA_TABLE_RULES } from './mta-tables.ts'
import {
  AOL_RULES,
  CABLE_ISP_RULES,
  GODADDY_RULES,
  OUTLOOK_RULES,
  YAHOO_INC_RULES,
} from './providers-america.ts'
import { KDDI_RULES, NTT_DOCOMO_RULES, TENCENT_RULES } from './providers-asia.ts'
import { FRANCE_PTT_RULES } from './providers-europe.ts'
import { FACEBOOK_RULES, MESSAGELABS_RULES, MIMECAST_RULES } from './providers-gateways.ts'
import { FILTERED_RULES, HOST_RULES, USER_UNKNOWN_RULES } from './recipient.ts'
import { RELAY_RULES } from './relay.ts'
import { REJECTED_SENDER_RULES, SENDER_AUTH_RULES, SENDER_VERIFY_RULES } from './sender.ts'
import { DELIVERY_FAILURE_RULES, TEMPORARY_RULES } from './temporary.ts'

/** Provider tables (Sisimai's "rhost"): their wording means what the provider documents, so they go first. */
const PROVIDER_RULES: readonly Rule[] = [
  ...KDDI_RULES,
  ...NTT_DOCOMO_RULES,
  ...TENCENT_RULES,
  ...FRANCE_PTT_RULES,
  ...CABLE_ISP_RULES,
  ...GODADDY_RULES,
  ...OUTLOOK_RULES,
  ...YAHOO_INC_RULES,
  ...AOL_RULES,
  ...MESSAGELABS_RULES,
  ...MIMECAST_RULES,
  ...FACEBOOK_RULES,
]

/**
 * Every rule in the order it is tried; the first match decides. Provider-specific wording comes first,
 * sender-verify before relay (a callout transcript quotes the other server's "Relay access denied"),
 * relay before the generic families, and broad catch-alls last.
 */
export const RULE_TABLE: readonly Rule[] = [
  ...PROVIDER_RULES,
  ...MTA_TABLE_RULES,
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
