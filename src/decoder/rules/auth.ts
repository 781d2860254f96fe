import type { Rule } from '../types.ts'
import { words } from './pattern.ts'

/** Login (SMTP AUTH) refusals at the user's own outgoing server. */
export const AUTH_FAILED_RULES = [
  {
    id: 'godaddy.ib401',
    reason: 'securityerror',
    pattern: words('IB401', 'Authentication not allowed on IBSMTP'),
    side: 'sender-server',
    sideFixed: true,
    node: 'eu-auth-failed',
    mta: 'godaddy',
    why: 'GoDaddy: the mail app uses the incoming server as its outgoing server',
  },
  {
    id: 'auth.temporary-failure',
    reason: 'securityerror',
    pattern: words('Temporary authentication failure'),
    side: 'sender-server',
    sideFixed: true,
    // Not "wait and retry": the provider's sign-in service is failing, and only the provider sees why.
    node: 'eu-ask-provider',
    adminNode: 'ad-pf-sasl',
    why: "The outgoing server's login service is failing",
  },
  {
    id: 'starttls.must-issue-first',
    reason: 'failedstarttls',
    pattern: words('Must issue a STARTTLS command first', 'Must issue STARTTLS first'),
    side: 'sender-server',
    sideFixed: true,
    node: 'eu-fix-port',
    adminNode: 'ad-cp-tls',
    why: 'The mail app tried to sign in or send before switching on encryption (STARTTLS)',
  },
  {
    id: 'auth.credentials-invalid',
    reason: 'securityerror',
    pattern: words(
      'authentication failed',
      'authentication failure',
      'Authentication credentials invalid',
      'Authentication unsuccessful',
      'Invalid login',
      'Incorrect authentication data',
      'bad username or password',
      'Username and Password not accepted',
      'invalid user name or password',
      'Invalid credentials',
    ),
    unless: words('credentials for relay', 'SPF', 'DKIM', 'DMARC'),
    side: 'sender-server',
    sideFixed: true,
    node: 'eu-auth-failed',
    why: 'The outgoing server refused the user name or password',
  },
  {
    id: 'auth.status-578',
    reason: 'securityerror',
    status: /^5\.7\.8$/,
    side: 'sender-server',
    sideFixed: true,
    node: 'eu-auth-failed',
    why: 'Status 5.7.8 means the login credentials were refused',
  },
] as const satisfies readonly Rule[]

/** "Please sign in first": checked after the relay wording, which often mentions authentication too. */
export const AUTH_REQUIRED_RULES = [
  {
    id: 'auth.required',
    reason: 'securityerror',
    pattern: words(
      'authentication required',
      'authentication is required',
      'must authenticate',
      'must be authenticated',
      'Unauthenticated senders not allowed',
      'SMTP AUTH required',
      'please authenticate',
      'not authorized to send mail, authentication',
      "you don't authenticate",
    ),
    side: 'sender-server',
    nodeBySide: { 'sender-server': 'eu-auth-on', 'recipient-server': 'eu-rcpt-relay', unknown: 'eu-auth-on' },
    why: 'The server wants the sender to sign in before it accepts the message',
  },
] as const satisfies readonly Rule[]
