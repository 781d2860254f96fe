import { words } from '../pattern.ts'
import type { Rule } from '../types.ts'

/** Refusals because of what the message contains or how it is formed. */
export const SPAM_RULES = [
  {
    id: 'content.spam',
    reason: 'spamdetected',
    pattern: words(
      'spam',
      'unsolicited',
      'bulk mail',
      'bulk email',
      'bulk e-mail',
      'content filter',
      'message content rejected',
      'mail content denied',
      'unacceptable content',
      'rejecting banned content',
      'rejecting mail content',
      'appears to be unsolicited',
      'recurrent pattern detection',
      'uribl',
      'blacklisted url',
      'classified as junk',
    ),
    side: 'recipient-server',
    why: "The recipient's spam filter refused the message",
  },
] as const satisfies readonly Rule[]

/** Checked early: such refusals often also mention policy or spam. */
export const RFC_RULES = [
  {
    id: 'content.not-rfc-compliant',
    reason: 'notcompliantrfc',
    pattern: words(
      'not RFC 5322 compliant',
      'RFC 5322',
      'rfcmessagenoncompliant',
      'duplicate header',
      'multiple … header',
      'headers are not RFC compliant',
      'missing From',
    ),
    side: 'recipient-server',
    why: 'The message is not formed as the email standards require',
  },
] as const satisfies readonly Rule[]

export const CONTENT_RULES = [
  {
    id: 'content.virus',
    reason: 'virusdetected',
    pattern: words(
      'virus',
      'malware',
      'infected',
      'potentially executable attachment',
      'phishing/malicious_url',
    ),
    side: 'recipient-server',
    why: "The recipient's virus scanner refused the message",
  },
  {
    id: 'content.policy',
    reason: 'policyviolation',
    pattern: words(
      'policy violation',
      'denied by policy',
      'for policy reasons',
      'due to local policy',
      'organization policy',
      'organizational settings',
      'security policies',
      'protocol violation',
      'header error',
      'header are not accepted',
      'illegal attachment',
      'members-only list',
      'closed mailing list',
      'not subscribed to this group',
      'mass mailer',
      'message given low priority',
      'messages with multiple addresses',
      'containing images or other attachments',
      'not accepting mail with',
      'content presents a potential',
      'without solving a captcha',
    ),
    side: 'recipient-server',
    why: "The message broke a policy on the recipient's server",
  },
  {
    id: 'content.format',
    reason: 'contenterror',
    pattern: words(
      'header size exceeds',
      'improper use of 8-bit data',
      'invalid MIME',
      'MIME complexity',
      'improperly-formatted binary content',
      'unnecessary base64 encoding',
      'too many received: headers',
    ),
    side: 'recipient-server',
    why: 'The message headers or MIME structure were refused',
  },
  {
    id: 'content.status',
    reason: 'contenterror',
    status: /^[45]\.6\.\d{1,3}$/,
    side: 'recipient-server',
    why: 'Status X.6.x: message content or media problem',
  },
  {
    id: 'protocol.syntax',
    reason: 'syntaxerror',
    pattern: words(
      'syntax error',
      'command unrecognized',
      'command not recognized',
      'unrecognized command',
      'bad sequence of commands',
      'command out of sequence',
    ),
    why: 'The sending server sent an SMTP command the receiver did not accept',
  },
  {
    id: 'local.mailer-error',
    reason: 'mailererror',
    pattern: words(
      'X-Unix',
      'mailer error',
      'procmail',
      'unknown mailer error',
      'command died with status',
      'exit status',
      'pipe to |',
      'Command output:',
    ),
    why: 'A local delivery program failed',
  },
] as const satisfies readonly Rule[]
