import { words } from '../pattern.ts'
import type { Rule } from '../types.ts'

/** Google Workspace SMTP relay service and Gmail. */
export const GOOGLE_RULES = [
  {
    id: 'google.mail-relay-denied',
    reason: 'norelaying',
    pattern: words('Mail relay denied', 'Invalid credentials for relay'),
    side: 'sender-server',
    mta: 'google-workspace',
    why: 'The Google Workspace SMTP relay service does not recognise the sending server or domain',
  },
  {
    id: 'google.mail-sending-denied',
    reason: 'norelaying',
    pattern: words('Mail Sending denied'),
    side: 'sender-server',
    mta: 'google-workspace',
    why: 'The Google Workspace SMTP relay refused the sender account',
  },
  {
    id: 'gmail.not-authorized-direct',
    reason: 'norelaying',
    pattern: words('not authorized to send email directly to our servers'),
    side: 'recipient-server',
    node: 'eu-blocklisted',
    mta: 'gmail',
    why: 'Gmail refuses mail sent straight from a home or dynamic IP address',
  },
  {
    id: 'gmail.auth-required',
    reason: 'securityerror',
    pattern: words('5.7.0 Authentication Required'),
    side: 'sender-server',
    sideFixed: true,
    node: 'eu-auth-on',
    mta: 'gmail',
    why: "Gmail's submission server needs the mail app to sign in",
  },
  {
    id: 'gmail.credentials-rejected',
    reason: 'securityerror',
    pattern: words('Username and Password not accepted', 'Application-specific password required'),
    side: 'sender-server',
    sideFixed: true,
    node: 'eu-auth-failed',
    mta: 'gmail',
    why: 'Gmail rejected the user name or password (an app password may be needed)',
  },
  {
    id: 'gmail.sender-authentication',
    reason: 'authfailure',
    pattern: words(
      'requires all senders to authenticate with either SPF or DKIM',
      'this message is not authenticated',
      'is unauthenticated. Gmail requires',
      'unauthenticated email from',
      'does not meet the required authentication level',
    ),
    side: 'recipient-server',
    mta: 'gmail',
    why: 'The recipient needs the message to pass SPF or DKIM',
  },
  {
    id: 'gmail.unsolicited-rate',
    reason: 'blocked',
    pattern: words('unusual rate of unsolicited mail'),
    side: 'recipient-server',
    mta: 'gmail',
    why: 'Gmail is limiting mail from this IP because of spam-like volume',
  },
] as const satisfies readonly Rule[]
