import type { Rule } from '../types.ts'
import { AUTH_FAILED_RULES, AUTH_PROVIDER_RULES, AUTH_REQUIRED_RULES } from './auth.ts'
import {
  BLOCKED_RULES,
  BLOCKLIST_PROVIDER_RULES,
  BLOCKLIST_RULES,
  PTR_RULES,
  REPUTATION_RULES,
} from './blocklist.ts'
import { CONTENT_PROVIDER_RULES, CONTENT_RULES, RFC_RULES, SPAM_RULES } from './content.ts'
import { MAILBOX_PROVIDER_RULES, MAILBOX_RULES } from './mailbox.ts'
import type { Provider } from './providers.ts'
import { FILTERED_RULES, HOST_RULES, RECIPIENT_PROVIDER_RULES, USER_UNKNOWN_RULES } from './recipient.ts'
import { RELAY_PROVIDER_RULES, RELAY_RULES } from './relay.ts'
import {
  REJECTED_SENDER_RULES,
  SENDER_AUTH_RULES,
  SENDER_PROVIDER_RULES,
  SENDER_VERIFY_RULES,
} from './sender.ts'
import { DELIVERY_FAILURE_RULES, TEMPORARY_PROVIDER_RULES, TEMPORARY_RULES } from './temporary.ts'

/** Every provider's rules, from the files of their reasons. */
const PROVIDER_RULES: readonly Rule[] = [
  ...RECIPIENT_PROVIDER_RULES,
  ...MAILBOX_PROVIDER_RULES,
  ...RELAY_PROVIDER_RULES,
  ...AUTH_PROVIDER_RULES,
  ...SENDER_PROVIDER_RULES,
  ...BLOCKLIST_PROVIDER_RULES,
  ...CONTENT_PROVIDER_RULES,
  ...TEMPORARY_PROVIDER_RULES,
]

const wordingOf = (provider: Provider): readonly Rule[] =>
  PROVIDER_RULES.filter((r) => r.provider === provider)

/** A named group of rules, tried as one block of the table. */
export interface RuleGroup {
  name: string
  rules: readonly Rule[]
}

/**
 * The rule order, as a contract (`rule-order.test.ts` holds it): the first rule that matches decides.
 * Providers' own tables first (Sisimai's "rhost": their wording means what the provider documents), then
 * other MTAs' fixed wording; sender-verify before relay (a callout transcript quotes the other server's
 * "Relay access denied"); Microsoft's and Google's documented codes before the generic wording they
 * share; relay before the generic families; broad catch-alls last.
 */
export const RULE_GROUPS: readonly RuleGroup[] = [
  { name: 'provider: kddi', rules: wordingOf('kddi') },
  { name: 'provider: nttdocomo', rules: wordingOf('nttdocomo') },
  { name: 'provider: tencent', rules: wordingOf('tencent') },
  { name: 'provider: orange-laposte', rules: wordingOf('orange-laposte') },
  { name: 'provider: cable-isp', rules: wordingOf('cable-isp') },
  { name: 'provider: godaddy', rules: wordingOf('godaddy') },
  { name: 'provider: outlook-com', rules: wordingOf('outlook-com') },
  { name: 'provider: yahoo', rules: wordingOf('yahoo') },
  { name: 'provider: aol', rules: wordingOf('aol') },
  { name: 'provider: messagelabs', rules: wordingOf('messagelabs') },
  { name: 'provider: mimecast', rules: wordingOf('mimecast') },
  { name: 'provider: facebook', rules: wordingOf('facebook') },
  { name: 'provider: mta-tables', rules: wordingOf('mta-tables') },
  { name: 'sender verify', rules: SENDER_VERIFY_RULES },
  { name: 'provider: microsoft', rules: wordingOf('microsoft') },
  { name: 'provider: google', rules: wordingOf('google') },
  { name: 'auth failed', rules: AUTH_FAILED_RULES },
  { name: 'relay', rules: RELAY_RULES },
  { name: 'mailbox', rules: MAILBOX_RULES },
  { name: 'sender auth', rules: SENDER_AUTH_RULES },
  { name: 'user unknown', rules: USER_UNKNOWN_RULES },
  { name: 'filtered', rules: FILTERED_RULES },
  { name: 'rfc', rules: RFC_RULES },
  { name: 'ptr', rules: PTR_RULES },
  { name: 'reputation', rules: REPUTATION_RULES },
  { name: 'blocklist', rules: BLOCKLIST_RULES },
  { name: 'rejected sender', rules: REJECTED_SENDER_RULES },
  { name: 'host', rules: HOST_RULES },
  { name: 'temporary', rules: TEMPORARY_RULES },
  { name: 'spam', rules: SPAM_RULES },
  { name: 'blocked', rules: BLOCKED_RULES },
  { name: 'content', rules: CONTENT_RULES },
  { name: 'delivery failure', rules: DELIVERY_FAILURE_RULES },
  { name: 'auth required', rules: AUTH_REQUIRED_RULES },
]

/** Every rule in the order it is tried. */
export const RULE_TABLE: readonly Rule[] = RULE_GROUPS.flatMap((g) => g.rules)
