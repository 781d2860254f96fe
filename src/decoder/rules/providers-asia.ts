import type { Rule } from '../types.ts'
import { words } from './pattern.ts'

/** KDDI / au (ezweb.ne.jp): whether the address is quoted tells an unknown user from a filter. */
export const KDDI_RULES = [
  {
    id: 'kddi.user-unknown',
    reason: 'userunknown',
    pattern: words('>: user unknown'),
    hosts: ['.ezweb.ne.jp', 'msmx.au.com'],
    side: 'recipient-server',
    mta: 'kddi',
    why: 'au (KDDI) says the address does not exist',
  },
  {
    id: 'kddi.filtered',
    reason: 'filtered',
    pattern: words('550 : user unknown'),
    hosts: ['.ezweb.ne.jp', 'msmx.au.com'],
    side: 'recipient-server',
    mta: 'kddi',
    why: "au (KDDI) refused the message by the recipient's reception filter",
  },
] as const satisfies readonly Rule[]

/** NTT DOCOMO answers "Unknown user" for filtered mail too; the refused step tells which. */
export const NTT_DOCOMO_RULES = [
  {
    id: 'docomo.unknown-user-after-data',
    reason: 'rejected',
    pattern: words('Unknown user'),
    status: /^5\.0\.0$/,
    commands: ['DATA'],
    hosts: ['mfsmax.docomo.ne.jp'],
    side: 'recipient-server',
    mta: 'nttdocomo',
    why: 'NTT DOCOMO refused the message after DATA: the recipient does not accept mail from this sender',
  },
] as const satisfies readonly Rule[]

/** Tencent QQ Mail. */
export const TENCENT_RULES = [
  {
    id: 'tencent.frequency-limited',
    reason: 'ratelimited',
    pattern: words(
      'ip frequency limited',
      'domain frequency limited',
      'sender frequency limited',
      'connection frequency limited',
      'frequency of receiving messages is limited',
    ),
    hosts: ['.qq.com'],
    side: 'recipient-server',
    mta: 'tencent',
    why: 'QQ Mail is limiting how often it accepts mail from this sender or IP',
  },
  {
    id: 'tencent.suspected-spam-ip',
    reason: 'blocked',
    pattern: words('suspected bounce attacks', 'suspected spam ip', 'connection denied'),
    hosts: ['.qq.com'],
    side: 'recipient-server',
    mta: 'tencent',
    why: "QQ Mail refused the sending server's IP address",
  },
] as const satisfies readonly Rule[]
