import type { Rule } from '../types.ts'
import { words } from './pattern.ts'

/** Cox and Spectrum (Charter) append an "AUP#" code that names the case. */
export const CABLE_ISP_RULES = [
  {
    id: 'cox.aup-blocked',
    reason: 'blocked',
    pattern: /\bAUP#(?:CXBL|CDRBL|IPBL\d{4,5})\b/,
    side: 'recipient-server',
    mta: 'cox',
    why: "Cox blocked the sending server's IP address (spam-like behaviour or a DNS blocklist)",
  },
  {
    id: 'cox.aup-rdns',
    reason: 'requireptr',
    pattern: /\bAUP#CXDNS\b/,
    side: 'recipient-server',
    mta: 'cox',
    why: "Cox: the sending server's IP has no working reverse DNS",
  },
  {
    id: 'cox.aup-rate',
    reason: 'ratelimited',
    pattern: /\bAUP#(?:CXCNCT|CXMXRT)\b/,
    side: 'recipient-server',
    mta: 'cox',
    why: 'Cox: too many connections or recipients from this sender',
  },
  {
    id: 'spectrum.aup-rate',
    reason: 'ratelimited',
    pattern: /\bAUP#[A-Za-z]{0,3}-?(?:13[0-9]\d|14[0-8]\d|1490|1540|1550|1580)\b/,
    side: 'recipient-server',
    mta: 'spectrum',
    why: 'Spectrum: too many connections, messages or recipients from this sender',
  },
  {
    id: 'spectrum.aup-blocked',
    reason: 'blocked',
    pattern: /\bAUP#[A-Za-z]{0,3}-?(?:1000|12[0-4]\d|1250)\b/,
    side: 'recipient-server',
    mta: 'spectrum',
    why: "Spectrum blocked the sending server's IP address",
  },
] as const satisfies readonly Rule[]

/** GoDaddy's inbound servers append an "IBnnn" code. */
export const GODADDY_RULES = [
  {
    id: 'godaddy.ib-invalid-from',
    reason: 'rejected',
    pattern: /\bIB506\b/,
    side: 'recipient-server',
    mta: 'godaddy',
    why: "GoDaddy: the sender's domain is invalid (no MX or A record)",
  },
  {
    id: 'godaddy.ib-blank-from',
    reason: 'notcompliantrfc',
    pattern: /\bIB50[12]\b/,
    side: 'recipient-server',
    mta: 'godaddy',
    why: 'GoDaddy: the From address is blank or an IP address',
  },
  {
    id: 'godaddy.ib-rate',
    reason: 'ratelimited',
    pattern: /\bIB(?:007|101|504|510|605|607)\b/,
    side: 'recipient-server',
    mta: 'godaddy',
    why: 'GoDaddy: the sending IP sent too many messages, sessions or recipients',
  },
] as const satisfies readonly Rule[]

/** Microsoft consumer mail (hotmail.com / outlook.com). */
export const OUTLOOK_RULES = [
  {
    id: 'outlook.mailbox-unavailable',
    reason: 'userunknown',
    pattern: words('Requested action not taken: mailbox unavailable'),
    hosts: ['.hotmail.com'],
    side: 'recipient-server',
    mta: 'outlook',
    why: 'Outlook.com / Hotmail says this mailbox does not exist',
  },
] as const satisfies readonly Rule[]

/** Yahoo Inc. (yahoodns.net MX hosts). */
export const YAHOO_INC_RULES = [
  {
    id: 'yahoo.no-such-account',
    reason: 'userunknown',
    pattern: words("dd This user doesn't have a", 'mailbox not found'),
    hosts: ['.yahoodns.net'],
    side: 'recipient-server',
    mta: 'yahoo',
    why: 'Yahoo says the account does not exist',
  },
  {
    id: 'yahoo.deferred-complaints',
    reason: 'rejected',
    pattern: words(
      'temporarily deferred due to unexpected volume or user complaints',
      'will be permanently deferred',
    ),
    hosts: ['.yahoodns.net'],
    side: 'recipient-server',
    mta: 'yahoo',
    why: "Yahoo defers mail from this sender because of volume or its users' complaints",
  },
] as const satisfies readonly Rule[]

/** AOL's outbound relays report DNS failures for the recipient domain. */
export const AOL_RULES = [
  {
    id: 'aol.host-not-found',
    reason: 'hostunknown',
    pattern: words('Host or domain name not found'),
    hosts: ['.mail.aol.com', '.mx.aol.com'],
    mta: 'aol',
    why: 'AOL could not find the recipient domain in DNS',
  },
  {
    id: 'aol.malformed-mx',
    reason: 'notaccept',
    pattern: words('type=MX: Malformed or unexpected name server reply'),
    hosts: ['.mail.aol.com', '.mx.aol.com'],
    mta: 'aol',
    why: 'AOL got no usable MX record for the recipient domain',
  },
] as const satisfies readonly Rule[]
