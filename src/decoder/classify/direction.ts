import { mayMatch, words } from '../rules/pattern.ts'
import type { Direction, InputSource, Side } from '../types.ts'

// A server's log about its own delivery to another domain's server.
const OUTBOUND_LOG = words(
  'postfix/smtp[',
  'status=bounced (host',
  'status=deferred (host',
  'SMTP error from remote',
  ' said: ',
  'delivery temporarily suspended',
)
// A server's log about refusing another domain's server (checks that only apply to incoming mail).
const INBOUND_LOG = words(
  'sender verify fail',
  'Sender verify failed',
  'Sender verify defer',
  'blocked using',
  'postscreen',
  'Client host rejected',
)
// A server's log about refusing a client: a user's app or device on the submission path.
const SUBMISSION_LOG = words(
  'postfix/submission',
  'postfix/smtps',
  'sasl_username',
  'sasl_method',
  'NOQUEUE: reject',
  'rejected RCPT',
  'SASL LOGIN authentication failed',
  'SASL PLAIN authentication failed',
)

function found(re: RegExp, text: string): boolean {
  return mayMatch(re, text) && re.test(text)
}

function fromSide(side: Side): Direction {
  if (side === 'sender-server') return 'submission'
  if (side === 'recipient-server') return 'outbound'
  return 'unknown'
}

/**
 * The direction of the refused connection, seen from the server whose text it is. A log says it by its
 * shape; a bounce is written by a server that tried to deliver; a mail app's error is its own server's.
 */
export function directionOf(source: InputSource, side: Side, context: string, appDialog: boolean): Direction {
  if (source === 'server-log') {
    if (found(INBOUND_LOG, context)) return 'inbound'
    if (found(OUTBOUND_LOG, context)) return 'outbound'
    if (found(SUBMISSION_LOG, context)) return 'submission'
    return fromSide(side)
  }
  if (source === 'bounce') return side === 'sender-server' ? 'submission' : 'outbound'
  if (source === 'client-error' && appDialog && side !== 'recipient-server') return 'submission'
  return fromSide(side)
}
