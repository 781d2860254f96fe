import { mayMatch, mayMatchIn, needing, words } from '../rules/pattern.ts'
import type { InputSource } from '../types.ts'

interface SourceMarker {
  source: Exclude<InputSource, 'unknown'>
  pattern: RegExp
  why: string
}

/**
 * What kind of text was pasted, by its tell-tale shapes. Tried in order; the first match wins. Log lines
 * are the most specific shapes, then mail-app wording (a bounce never quotes a mail app's dialog), then
 * bounce wording.
 */
export const SOURCE_MARKERS: readonly SourceMarker[] = [
  {
    source: 'server-log',
    // syslog lines of Postfix, sendmail, qmail, Dovecot, Exim (when it logs through syslog)
    pattern: needing(
      /\b(?:postfix(?:\/[\w-]{1,30}){1,3}|sendmail|sm-mta|sm-msp-queue|qmail(?:-[\w-]{1,20})?|exim4?|dovecot|opendkim|amavis)\[\d{1,10}\]:/i,
      ...['postfix', 'sendmail', 'sm-mta', 'sm-msp-queue', 'qmail', 'exim', 'dovecot', 'opendkim', 'amavis'],
    ),
    why: 'syslog line of a mail server',
  },
  {
    source: 'server-log',
    pattern: words(
      'NOQUEUE: reject:',
      'NOQUEUE: milter-reject:',
      'status=bounced (',
      'status=deferred (',
      'status=sent (',
      'dsn=5.',
      'dsn=4.',
    ),
    why: 'Postfix log wording',
  },
  {
    source: 'server-log',
    // Exim main log: "2024-03-03 10:00:01 1rgXyZ-000AbC-12 ** a@b R=... T=... H=...", "... H=(helo) [ip] F=<a@b> rejected RCPT"
    pattern:
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[^\n]{0,300}?(?: \*\* | == | [HFRT]=|rejected RCPT|SMTP error from remote)/m,
    why: 'Exim main log line',
  },
  {
    source: 'server-log',
    pattern: /\bH=\(?[\w.-]{1,253}\)?[ \t]+\[[^\]\s]{1,64}\][^\n]{0,300}?\b(?:rejected RCPT|F=<)/,
    why: 'Exim log line about an incoming connection',
  },
  {
    source: 'server-log',
    // qmail-send log: "delivery 123: failure: ...", sendmail: "stat=User unknown", "reject=550 5.7.1"
    pattern: needing(
      /\bdelivery \d{1,10}: (?:failure|deferral):|\bstat=[A-Z][\w ]{0,60}|\breject=[45]\d\d\b|\bruleset=check_\w+/,
      ...['delivery', 'stat=', 'reject=', 'ruleset=check_'],
    ),
    why: 'qmail or sendmail log wording',
  },
  {
    source: 'client-error',
    pattern: words(
      'The mail server responded',
      'Sending of the message failed',
      'An error occurred while sending mail',
      'Outgoing server (SMTP)',
      'reported error (0x',
      '0x800CCC',
      '0x80042',
      'Your outgoing (SMTP) e-mail server',
      'Send test e-mail message',
      'Cannot send message using the server',
      'Cannot send the message',
      'The sender address was rejected by the server',
      'The recipient was rejected by the server',
      'The server response was:',
      "Server error: '",
      'The following recipient(s) cannot be reached',
      'SMTP Error:',
      'SMTP ERROR:',
      'SmtpException',
      'SMTPRecipientsRefused',
      'SMTPSenderRefused',
      'SMTPDataError',
      'Mailbox unavailable. The server response was',
      'Swaks',
    ),
    why: 'A mail app or program reporting the refusal of its outgoing server',
  },
  {
    source: 'bounce',
    pattern: words(
      'Reporting-MTA:',
      'Final-Recipient:',
      'Diagnostic-Code:',
      'Action: failed',
      'This is the mail system at host',
      'This is the mail delivery agent at',
      'Mail Delivery System',
      'Mail Delivery Subsystem',
      'mail delivery software',
      'Delivery Status Notification',
      'Undelivered Mail Returned to Sender',
      'Undeliverable:',
      'Mail delivery failed',
      'Returned mail:',
      'failure notice',
      'This is the qmail-send program',
      'Transcript of session follows',
      'The following addresses had permanent fatal errors',
      'could not be delivered to one or more recipients',
      "couldn't be delivered",
      "wasn't delivered",
      'was not delivered',
      'Delivery has failed to these recipients',
      'Delivery to the following recipient',
      'Your message did not reach some or all of the intended recipients',
      'Diagnostic information for administrators',
      'Remote Server returned',
      'Generating server:',
      'The response from the remote server was',
      'The response was:',
      'Address not found',
      'SMTP error from remote mail server',
      'permanent fatal errors',
      "I'm sorry to have to inform you",
      "I'm afraid I wasn't able to deliver",
      'Message not delivered',
      'delivery failed',
      'Delivery failure',
      'undeliverable',
      'MAILER-DAEMON',
      'Feedback-Type:',
      'while talking to',
      ' said: ',
    ),
    why: 'A bounce (delivery status notification) or its readable text',
  },
]

// A bare server reply or an SMTP session pasted from a mail app or a test tool (telnet, swaks, openssl):
// the first line is a reply ("554 5.7.1 ...", "5.7.1 ..."), a client command, or a transcript line.
const FIRST_LINE =
  /^[ \t]*(?:(?:<<<|>>>|<-|->|<~|~>|<\*\*|C:|S:|===)[ \t]*)?(?:[45][0-5]\d(?:[ -]|$)|[45]\.\d{1,3}\.\d{1,3}[ \t]|220[ -]|(?:EHLO|HELO|MAIL FROM:|RCPT TO:|AUTH |STARTTLS|Trying )|telnet |openssl )/i

/** What kind of text was pasted. Reads at most the first 64 KB. */
export function sourceOf(text: string): InputSource {
  const head = text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text
  const may = mayMatchIn(head)
  for (const marker of SOURCE_MARKERS) {
    if (may(marker.pattern) && marker.pattern.test(head)) return marker.source
  }
  const first = /\S[^\r\n]{0,1000}/.exec(head)?.[0] ?? ''
  return FIRST_LINE.test(first) ? 'client-error' : 'unknown'
}

const APP_DIALOG = SOURCE_MARKERS.find((m) => m.source === 'client-error')

/** Where the text shows a mail app's or program's own error wording, if it does. */
export function appDialogIn(text: string): { index: number; length: number } | null {
  const head = text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text
  const m =
    APP_DIALOG !== undefined && mayMatch(APP_DIALOG.pattern, head) ? APP_DIALOG.pattern.exec(head) : null
  return m ? { index: m.index, length: m[0].length } : null
}
