import type { SmtpCommand } from './command.ts'

/**
 * MTA-specific ways of naming the refused SMTP step without the usual "in reply to X" wording.
 * Each pattern is a plain phrase (no nested quantifiers); the first match wins.
 */
export const COMMAND_PHRASES: readonly (readonly [RegExp, SmtpCommand, string])[] = [
  // qmail-send: "192.0.2.1 does not like recipient." / "Connected to X but sender was rejected."
  [/\bdoes not like recipient\b/i, 'RCPT', 'qmail'],
  [/\bbut sender was rejected\b/i, 'MAIL', 'qmail'],
  [/\bbut my name was rejected\b/i, 'HELO', 'qmail'],
  [/\bbut greeting failed\b/i, 'CONN', 'qmail'],
  [/\bfailed after I sent the message\b/i, 'DATA', 'qmail'],
  // Yahoo: "[RCPT_TO]" after the quoted reply
  [/\[RCPT_TO\]/, 'RCPT', 'yahoo'],
  [/\[MAIL_FROM\]/, 'MAIL', 'yahoo'],
  // "SMTP:RCPT host 192.0.2.8: 553 ..." (a hosting provider's DSN)
  [/\bSMTP:RCPT\b/, 'RCPT', 'x3'],
  // m-FILTER: "-------SMTP command\nDATA"
  [/-SMTP command\s+(?=RCPT)/i, 'RCPT', 'm-filter'],
  [/-SMTP command\s+(?=MAIL)/i, 'MAIL', 'm-filter'],
  [/-SMTP command\s+(?=DATA)/i, 'DATA', 'm-filter'],
]
