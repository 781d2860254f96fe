import type { Rule } from '../types.ts'
import { words } from './pattern.ts'

/** Broadcom (Symantec) Email Security.cloud, formerly MessageLabs. */
export const MESSAGELABS_RULES = [
  {
    id: 'messagelabs.smtp-auth',
    reason: 'securityerror',
    pattern: words('Please turn on SMTP Authentication in your mail client'),
    hosts: ['.messagelabs.com'],
    side: 'sender-server',
    mta: 'messagelabs',
    why: 'The Email Security.cloud relay wants the sender to sign in before relaying',
  },
  {
    id: 'messagelabs.invalid-recipient',
    reason: 'userunknown',
    pattern: words('No such user', 'Invalid recipient', 'mailbox is not allowed'),
    hosts: ['.messagelabs.com'],
    side: 'recipient-server',
    mta: 'messagelabs',
    why: 'Email Security.cloud says the recipient address is not valid',
  },
] as const satisfies readonly Rule[]

/** Mimecast policies name themselves in the reply. */
export const MIMECAST_RULES = [
  {
    id: 'mimecast.geo-restriction',
    reason: 'policyviolation',
    pattern: words('host network not allowed', 'host network, not allowed', 'anti-spoofing policy'),
    hosts: ['.mimecast.com'],
    side: 'recipient-server',
    mta: 'mimecast',
    why: 'A Mimecast policy (geographic restriction or anti-spoofing) refused the message',
  },
  {
    id: 'mimecast.signature',
    reason: 'virusdetected',
    pattern: words('email rejected due to security policies'),
    hosts: ['.mimecast.com'],
    side: 'recipient-server',
    mta: 'mimecast',
    why: 'Mimecast matched a virus or high-spam signature in the message',
  },
] as const satisfies readonly Rule[]

/** Facebook's mail servers name the case with an "RCP-Pn" code. */
export const FACEBOOK_RULES = [
  {
    id: 'facebook.recipient-preferences',
    reason: 'filtered',
    pattern: /\bRCP-P2\b/,
    side: 'recipient-server',
    mta: 'facebook',
    why: "Facebook refused the message because of the recipient's preferences",
  },
  {
    id: 'facebook.no-such-user',
    reason: 'userunknown',
    pattern: /\bRCP-P1\b/,
    side: 'recipient-server',
    mta: 'facebook',
    why: 'Facebook says the recipient address does not exist',
  },
] as const satisfies readonly Rule[]
