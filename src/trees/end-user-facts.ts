import type { FactCatalog } from '@/engine/facts.ts'
import { en } from '@/engine/text.ts'

/** Facts the end-user branch records, with how they read in the message to the provider. */
export const END_USER_FACTS = {
  seen: {
    label: en('When the error appears'),
    values: {
      'on-send': en('immediately when I press Send (the message stays in the Outbox)'),
      bounce: en('later, in a bounce message'),
    },
  },
  scope: {
    label: en('Who fails'),
    values: {
      external: en('only recipients outside my own domain'),
      everyone: en('every recipient, even colleagues'),
      'one-address': en('only when sending from one particular address'),
    },
  },
  app: {
    label: en('Mail app'),
    values: {
      'outlook-classic': en('Outlook (classic) for Windows'),
      'outlook-new': en('new Outlook for Windows'),
      'outlook-mac': en('Outlook for Mac'),
      thunderbird: en('Thunderbird'),
      'apple-mail': en('Apple Mail on a Mac'),
      'ios-mail': en('Mail on iPhone or iPad'),
      'outlook-mobile': en('Outlook for iPhone, iPad or Android'),
      'gmail-android': en('Gmail app on Android'),
      'samsung-email': en('Samsung Email'),
      other: en('another app'),
    },
  },
  auth: {
    label: en('Outgoing server authentication'),
    values: { off: en('was off'), unknown: en('unknown'), on: en('on') },
  },
  port: {
    label: en('Outgoing port and encryption'),
    values: {
      '25-or-none': en('port 25 or no encryption'),
      '587-starttls': en('port 587 with STARTTLS'),
      '465-tls': en('port 465 with SSL/TLS'),
      'ssl-on-secure-port': en('Use SSL on, with port 587 or 465 (iPhone/iPad Mail)'),
      'ssl-off-or-25': en('Use SSL off, or port 25 (iPhone/iPad Mail)'),
      unknown: en('not known'),
    },
  },
  account: {
    label: en('Account type'),
    values: {
      'two-step': en('large provider or two-step verification'),
      'outlook-com': en('personal Microsoft account (Outlook.com, Hotmail, Live or MSN)'),
      m365: en('Microsoft 365 work or school account'),
      other: en('other provider, no two-step verification'),
    },
  },
  popTiming: {
    label: en('Sending right after checking mail'),
    values: { works: en('works, then stops working later') },
  },
  network: {
    label: en('Network'),
    values: { changes: en('moves between Wi-Fi, mobile data or a VPN'), same: en('stays on one network') },
  },
  where: {
    label: en('Where it fails'),
    values: { everywhere: en('on every network'), 'some-networks': en('only on some networks') },
  },
  smtpAuthOffered: {
    label: en('Outgoing sign-in (SMTP authentication)'),
    values: { no: en('not offered by my app or account') },
  },
  webmail: {
    label: en('Webmail to the same recipient'),
    values: { works: en('works'), fails: en('fails too'), none: en('no webmail') },
  },
  refusedBy: {
    label: en('Server that refused'),
    values: {
      mine: en('my provider’s server'),
      theirs: en('the recipient’s server'),
      unknown: en('not clear from the bounce'),
    },
  },
  bounceSays: {
    label: en('The bounce says'),
    values: {
      relay: en('relay access denied by the recipient’s server'),
      'auth-required': en('the recipient’s server asks for SMTP authentication'),
      'unknown-user': en('unknown recipient'),
      full: en('mailbox full'),
      blocked: en('the sending server is blocked'),
      'sender-verify': en('sender verification failed'),
      spf: en('SPF, DKIM or DMARC failure'),
      'server-error': en('a lookup, configuration or database error on the recipient’s server'),
    },
  },
  providerSmtpAuth: {
    label: en('Provider offers SMTP authentication'),
    values: { yes: en('yes'), no: en('no'), unknown: en('unknown') },
  },
  providerPopBeforeSmtp: {
    label: en('Provider uses POP-before-SMTP'),
    values: { yes: en('yes'), no: en('no'), unknown: en('unknown') },
  },
} as const satisfies FactCatalog
