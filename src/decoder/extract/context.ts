import { mayMatchIn, words } from '../rules/pattern.ts'
import type { Mta, Side } from '../types.ts'

interface Marker {
  side: Side
  pattern: RegExp
  why: string
}

/** Wording around the error that tells which server refused. Tried in order; the first match wins. */
export const SIDE_MARKERS: readonly Marker[] = [
  {
    side: 'sender-server',
    pattern: words('NOQUEUE: reject', 'postfix/smtpd', 'postfix/submission', 'postfix/smtps'),
    why: "A log line of the server receiving from the mail app or client: the user's own server refused",
  },
  {
    side: 'recipient-server',
    pattern: words(
      'said:',
      'SMTP error from remote mail server',
      'SMTP error from remote server',
      'Remote-MTA:',
      'Remote Server returned',
      'Remote host said',
      'remote server replied',
      'The error that the other server returned was',
      'The response from the remote server was',
      'The response was:',
      'while talking to',
      'refused to talk to me',
      'Generating server:',
      'from remote mail server',
      'status=bounced (host',
      'status=deferred (host',
      'outside Office 365',
      'external email server',
    ),
    why: 'The error quotes another server (the destination) that refused the message',
  },
  {
    side: 'sender-server',
    pattern: words(
      'The mail server responded',
      'The server responded',
      'An error occurred while sending mail',
      'Sending of the message failed',
      'Cannot send message',
      'Cannot send the message',
      'could not be sent',
      'outgoing server',
      'outgoing mail server',
      'SMTP server',
      'rejected by the server',
      'Send Mail:',
      'Your message wasn',
      'rejected RCPT',
      'H=(',
    ),
    why: "The mail app or the user's own outgoing server reported the refusal",
  },
]

export function sideFromContext(
  text: string,
): { side: Side; index: number; length: number; why: string } | null {
  const may = mayMatchIn(text)
  for (const marker of SIDE_MARKERS) {
    const m = may(marker.pattern) ? marker.pattern.exec(text) : null
    if (m !== null) return { side: marker.side, index: m.index, length: m[0].length, why: marker.why }
  }
  return null
}

/** Tell-tale shapes of a bounce or log by MTA / provider, when no rule named one. */
export const MTA_MARKERS: readonly { mta: Mta; pattern: RegExp }[] = [
  {
    mta: 'microsoft-365',
    pattern: words('protection.outlook.com', 'outlook.com', 'Office 365', 'Microsoft 365'),
  },
  {
    mta: 'exchange',
    pattern: words('Microsoft Exchange', 'Generating server:', 'Remote Server returned', '#SMTP#'),
  },
  { mta: 'gmail', pattern: words('google.com', 'gmail.com', 'googlemail.com') },
  {
    mta: 'postfix',
    pattern: words('Postfix', 'in reply to RCPT TO command', 'in reply to end of DATA command'),
  },
  { mta: 'exim', pattern: words('Exim', 'SMTP error from remote mail server', 'mail delivery software') },
  { mta: 'qmail', pattern: words('qmail') },
  { mta: 'sendmail', pattern: words('Sendmail', 'Transcript of session follows', '... while talking to') },
  { mta: 'yahoo', pattern: words('yahoo.com', 'yahoodns.net') },
  { mta: 'icloud', pattern: words('icloud.com', 'me.com', 'mac.com') },
  { mta: 'zoho', pattern: words('zoho.com', 'zohomail') },
  { mta: 'godaddy', pattern: words('secureserver.net') },
]

export function mtaFromContext(text: string): Mta | null {
  const may = mayMatchIn(text)
  for (const marker of MTA_MARKERS) {
    if (may(marker.pattern) && marker.pattern.test(text)) return marker.mta
  }
  return null
}
