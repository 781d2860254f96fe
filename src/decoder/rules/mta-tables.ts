import type { Rule } from '../types.ts'
import { words } from './pattern.ts'

/**
 * Wording that an MTA's own bounce format ties to one reason whatever the SMTP step (Sisimai's "lhost"
 * tables): Exchange 2003 error codes, Lotus Domino / Notes, Ipswitch IMail and Verizon.
 */
export const MTA_TABLE_RULES = [
  {
    id: 'exchange2003.unknown-recipient',
    reason: 'userunknown',
    pattern: /\(000C05A6\)/,
    side: 'recipient-server',
    mta: 'exchange',
    why: 'Exchange 2003 error 000C05A6: unknown recipient',
  },
  {
    id: 'exchange2003.ambiguous-recipient',
    reason: 'filtered',
    pattern: /\(000C0595\)/,
    side: 'recipient-server',
    mta: 'exchange',
    why: 'Exchange 2003 error 000C0595: ambiguous recipient',
  },
  {
    id: 'exchange2003.too-many-recipients',
    reason: 'systemerror',
    pattern: /\((?:00010256|000D06B5)\)/,
    mta: 'exchange',
    why: 'Exchange 2003 error 00010256 / 000D06B5: too many recipients or no proxy address',
  },
  {
    id: 'exchange2003.too-many-hops',
    reason: 'networkerror',
    pattern: /\(00120270\)/,
    mta: 'exchange',
    why: 'Exchange 2003 error 00120270: too many hops (a mail loop)',
  },
  {
    id: 'domino.not-in-directory',
    reason: 'userunknown',
    pattern: words(
      'not listed in Domino Directory',
      'not listed in public Name & Address Book',
      "non répertorié dans l'annuaire Domino",
      'no se encuentra en el Directorio de Domino',
    ),
    side: 'recipient-server',
    mta: 'domino',
    why: 'Lotus Domino / Notes does not know this recipient',
  },
  {
    id: 'domino.cannot-route',
    reason: 'filtered',
    pattern: words('Cannot route mail to user'),
    side: 'recipient-server',
    mta: 'domino',
    why: 'Lotus Domino could not route the message to this user',
  },
  {
    id: 'imail.unknown-user',
    reason: 'userunknown',
    pattern: /^Unknown user: |Invalid final delivery userid/m,
    side: 'recipient-server',
    mta: 'imail',
    why: 'IMail Server does not know this recipient',
  },
  {
    id: 'verizon.no-valid-recipients',
    reason: 'userunknown',
    pattern: words('No valid recipients for this MM', 'Requested action not taken: no such user here'),
    side: 'recipient-server',
    mta: 'verizon',
    why: 'Verizon says the mobile number or address does not exist',
  },
  {
    id: 'ezweb.rejected-by-remote',
    reason: 'filtered',
    pattern: words('Each of the following recipients was rejected by a remote mail server'),
    side: 'recipient-server',
    mta: 'ezweb',
    why: "au (EZweb) refused the message by the recipient's reception filter",
  },
  {
    id: 'trendmicro.unable-to-deliver',
    reason: 'userunknown',
    pattern: words('Unable to deliver message to … (and other recipients in the same domain)'),
    side: 'recipient-server',
    mta: 'trendmicro',
    why: 'InterScan Messaging Security could not deliver to this address: it is likely wrong',
  },
] as const satisfies readonly Rule[]
