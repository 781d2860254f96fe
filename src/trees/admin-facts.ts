import type { FactCatalog } from '@/engine/facts.ts'
import { en } from '@/engine/text.ts'

/** Facts the admin branch records, with how they read in a handover message. */
export const ADMIN_FACTS = {
  adminFlow: {
    label: en('Failing mail flow'),
    values: {
      outbound: en('our users sending to outside addresses'),
      inbound: en('outside senders writing to our users'),
      'remote-refusal': en('other servers refusing our users’ mail'),
      device: en('a device or application sending through our server'),
    },
  },
  mailPlatform: {
    label: en('Mail server'),
    values: {
      postfix: en('Postfix'),
      'exim-cpanel': en('Exim or cPanel/WHM'),
      plesk: en('Plesk'),
      exchange: en('Microsoft Exchange Server (on-premises)'),
      m365: en('Microsoft 365 (Exchange Online)'),
      google: en('Google Workspace SMTP relay'),
      other: en('Sendmail, qmail or another server'),
      container: en('a container mail stack (docker-mailserver, mailcow, Mailu …)'),
    },
  },
  serverLog: {
    label: en('Our server’s log shows'),
    values: {
      'relay-no-auth': en('relay refused, with no sign-in on that connection'),
      'sasl-failed': en('failed sign-ins (SASL authentication failed)'),
      'auth-then-refused': en('relay refused although the user signed in'),
      'compat-notice': en('Postfix backwards-compatibility notices after an upgrade'),
      'lookup-failure': en('table lookup failures (451 4.3.0 or 451 4.3.5)'),
      'auth-requires-tls': en('“SMTP AUTH is required for message submission on port 587”'),
      'sender-not-owned': en('sender address rejected: not owned by the signed-in user'),
      'rbl-own-users': en('our own users refused by a blocklist check'),
    },
  },
  change: {
    label: en('Recent change'),
    values: { update: en('it started right after an update of the server or control panel') },
  },
  affected: {
    label: en('Who is affected'),
    values: { 'pop-users': en('only users who rely on POP-before-SMTP (checking mail before sending)') },
  },
  authTest: {
    label: en('Sign-in test against our server'),
    values: { works: en('succeeds, and the server accepts the test message') },
  },
  relayMode: {
    label: en('Plesk relaying mode'),
    values: {
      closed: en('closed'),
      'pop3-only': en('authorization required, POP3 only'),
      smtp: en('authorization required, with SMTP'),
    },
  },
  exClients: {
    label: en('How the clients reach Exchange'),
    values: {
      port25: en('mail apps on port 25 without signing in'),
      devices: en('devices or applications that cannot sign in'),
      'auth-587': en('mail apps signing in on port 587'),
    },
  },
  m365Code: {
    label: en('Microsoft 365 code'),
    values: {
      '5.7.139': en('5.7.139 or 5.7.30 (SMTP AUTH off, or basic authentication refused)'),
      '5.7.57': en('5.7.57 (client not authenticated)'),
      '5.7.64': en('5.7.64 (inbound connector no longer matches)'),
      '5.4.1': en('5.4.1 (relay access denied for mail to our domain)'),
      '5.7.68': en('5.7.68 (direct send refused by the organisation’s setting)'),
    },
  },
  inboundSays: {
    label: en('Outside senders are refused with'),
    values: {
      'sender-verify': en('sender verification failed'),
      relay: en('a relay refusal or a demand to sign in, for our own domain'),
      lookup: en('a lookup, configuration or database error'),
      dnsbl: en('“blocked using” a blocklist, for nearly every sender'),
      'auth-required': en('a demand to sign in on port 25'),
    },
  },
  mxRecord: {
    label: en('Our domain’s MX record'),
    values: {
      elsewhere: en('points to another or an old server'),
      hosting: en('points to another service, while our hosting server keeps the domain local'),
      here: en('points to this server'),
    },
  },
  remoteSays: {
    label: en('The other server says'),
    values: {
      blocklist: en('our server is blocked or listed'),
      'sender-verify': en('sender verification failed'),
      'sender-auth': en('SPF, DKIM or DMARC failed'),
      relay: en('relay access denied, by their own server'),
      smarthost: en('relay access denied, by the smarthost or relay service we send through'),
      other: en('something else, or no clear reason'),
    },
  },
  blocklisted: {
    label: en('Our sending IP on public blocklists'),
    values: { yes: en('listed'), pbl: en('only on the Spamhaus PBL (policy list)'), no: en('not listed') },
  },
  deviceLog: {
    label: en('Our log shows for the device'),
    values: {
      nothing: en('nothing at the time of the test'),
      'relay-denied': en('relay refused, without sign-in'),
      'auth-problem': en('a failed or impossible sign-in'),
      'sender-refused': en('its sender address refused'),
    },
  },
} as const satisfies FactCatalog
