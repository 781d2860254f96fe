import { COMMAND_PHRASES } from './command-phrases.ts'

/** The SMTP step the refusal answered, when the text says so. */
export type SmtpCommand = 'CONN' | 'HELO' | 'AUTH' | 'STARTTLS' | 'MAIL' | 'RCPT' | 'DATA'

const NAMES: readonly (readonly [RegExp, SmtpCommand])[] = [
  [/^(?:RCPT)/i, 'RCPT'],
  [/^(?:MAIL)/i, 'MAIL'],
  [/^(?:end\s+of\s+data|DATA|message|body)/i, 'DATA'],
  [/^(?:HELO|EHLO)/i, 'HELO'],
  [/^(?:initial\s+connection|connect|greeting|banner)/i, 'CONN'],
  [/^AUTH/i, 'AUTH'],
  [/^STARTTLS/i, 'STARTTLS'],
]

// "(in reply to RCPT TO command)", "after RCPT TO:<...>", "after end of data", "after initial connection"
const EXPLICIT =
  /\b(?:in\s+reply\s+to|after|during|while\s+sending)\s+(?:the\s+)?(RCPT|MAIL|end\s+of\s+data|DATA|HELO|EHLO|initial\s+connection|connect|greeting|banner|AUTH|STARTTLS|message|body)\b/i
// Sendmail/Exchange transcripts: ">>> RCPT To:<...>" then "<<< 550 ..."
const TRANSCRIPT = />>>\s*(RCPT|MAIL|DATA|HELO|EHLO|AUTH|STARTTLS)\b/gi

function named(word: string): SmtpCommand | null {
  for (const [re, command] of NAMES) if (re.test(word)) return command
  return null
}

export function findCommand(text: string): SmtpCommand | null {
  const explicit = EXPLICIT.exec(text)
  if (explicit?.[1] !== undefined) return named(explicit[1])
  for (const [pattern, command] of COMMAND_PHRASES) if (pattern.test(text)) return command
  let last: string | undefined
  TRANSCRIPT.lastIndex = 0
  for (let m = TRANSCRIPT.exec(text); m !== null; m = TRANSCRIPT.exec(text)) last = m[1]
  if (last !== undefined) return named(last)
  if (/\bRCPT\s+TO\b/i.test(text)) return 'RCPT'
  return null
}

/** Steps before the message body: content filters cannot have run yet. */
export const BEFORE_DATA: readonly SmtpCommand[] = ['CONN', 'HELO', 'AUTH', 'STARTTLS', 'MAIL', 'RCPT']
