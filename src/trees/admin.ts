import { joinNodes } from '@/engine/define-tree.ts'
import { en } from '@/engine/text.ts'
import { openRelayTest, platformAnswers } from './admin-blocks.ts'
import { adminDeviceNodes } from './admin-devices.ts'
import { adminInboundNodes } from './admin-inbound.ts'
import { adminOutboundNodes } from './admin-outbound.ts'
import { adminRelayRouteNodes } from './admin-relay-routes.ts'
import { defineBranch } from './node-ids.ts'

/** The ids of the start of the admin branch; a new node is added here and in `adminCoreNodes`. */
export type AdminCoreId =
  | 'ad-start'
  | 'ad-codes'
  | 'ad-out-platform'
  | 'ad-in-platform'
  | 'ad-dev-platform'
  | 'ad-resolved'
  | 'ad-apps-sign-in'
  | 'ad-ask-vendor'
  | 'ad-ask-vendor-update'
  | 'ad-ask-plesk'
  | 'ad-ask-dns'

/** The start of the admin branch, the questions that route by platform, and the outcomes every path shares. */
const adminCoreNodes = defineBranch<AdminCoreId>({
  'ad-start': {
    kind: 'question',
    title: en('Which mail flow is failing?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Pick what you see. Each path shows what to check on the server, with commands to copy, and ends in a fix or in a message to whoever has to act.',
        ),
      },
      {
        kind: 'tip',
        text: en(
          'Have the exact error text and the log lines of one refused attempt at hand. The log line usually names the rule that refused the message.',
        ),
      },
    ],
    answers: [
      {
        key: 'users-send',
        label: en('Our users can’t send to outside addresses'),
        hint: en('Their mail apps show “Relay access denied” or “relay not permitted” for other domains.'),
        next: 'ad-out-platform',
        facts: { adminFlow: 'outbound' },
      },
      {
        key: 'inbound',
        label: en('Outside senders can’t send to our users'),
        hint: en('They get bounces, or your log shows their messages refused.'),
        next: 'ad-in-platform',
        facts: { adminFlow: 'inbound' },
      },
      {
        key: 'remote-refuses',
        label: en('Other mail servers refuse our users’ mail'),
        hint: en(
          'Your users get bounces in which another server answered, for example, 554 5.7.1 or 454 4.7.1.',
        ),
        next: 'ad-remote-says',
        facts: { adminFlow: 'remote-refusal' },
      },
      {
        key: 'device',
        label: en('A printer, scanner or application can’t send through our server'),
        next: 'ad-dev-platform',
        facts: { adminFlow: 'device' },
      },
      {
        key: 'codes',
        label: en('I have a code such as 554 5.7.1 or 454 4.7.1: what does it mean?'),
        next: 'ad-codes',
      },
    ],
  },
  'ad-codes': {
    kind: 'question',
    title: en('554 5.7.1 or 454 4.7.1: where did you see it?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'An SMTP reply starts with a three-digit code, often followed by a more precise code with dots. For relay refusals you will mostly meet two pairs:',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            '**554 5.7.1**: a final refusal. The refusing server will not take the message, so the sending server gives up at once and returns a bounce. Something has to change before another attempt can work.',
          ),
          en(
            '**454 4.7.1**: the same refusal, marked temporary. A sending server keeps the message in its queue and tries again later, often for several days, before it bounces it. A mail app just shows the error.',
          ),
        ],
      },
      {
        kind: 'paragraph',
        text: en(
          'Postfix answers 454 4.7.1 out of the box, because its built-in relay rule ends in `defer_unauth_destination`. Many configurations use `reject_unauth_destination` instead, which answers 554 5.7.1. Exim, Sendmail and Exchange usually answer 550 for the same refusal.',
        ),
      },
      {
        kind: 'paragraph',
        text: en(
          'The first digit tells you when to act: 4 means the mail is still waiting, so fix the cause and it goes out on the next try; 5 means it has already bounced. The words after the code, such as **Relay access denied** or **Sender verify failed**, tell you which check refused.',
        ),
      },
      {
        kind: 'code',
        language: 'log',
        caption: en('The same refusal in a Postfix log, once final and once temporary'),
        code: [
          'postfix/smtpd[2101]: NOQUEUE: reject: RCPT from unknown[198.51.100.23]: 554 5.7.1 <carol@remote.example>: Relay access denied; from=<dave@example.com> to=<carol@remote.example> proto=ESMTP helo=<laptop>',
          'postfix/smtpd[2101]: NOQUEUE: reject: RCPT from unknown[198.51.100.23]: 454 4.7.1 <carol@remote.example>: Relay access denied; from=<dave@example.com> to=<carol@remote.example> proto=ESMTP helo=<laptop>',
        ].join('\n'),
      },
    ],
    answers: [
      {
        key: 'own-users',
        label: en('In our server’s log or our users’ apps: our server refuses our own users'),
        next: 'ad-out-platform',
        facts: { adminFlow: 'outbound' },
      },
      {
        key: 'own-inbound',
        label: en('In our server’s log: our server refuses mail from outside senders'),
        next: 'ad-in-platform',
        facts: { adminFlow: 'inbound' },
      },
      {
        key: 'bounce',
        label: en('In a bounce: another server refused our users’ mail'),
        next: 'ad-remote-says',
        facts: { adminFlow: 'remote-refusal' },
      },
    ],
  },
  'ad-out-platform': {
    kind: 'question',
    title: en('Which mail server or service do your users send through?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The checks and settings differ by product. If a control panel manages the server, choose the panel: it rewrites the mail server’s files, so changes belong in the panel.',
        ),
      },
    ],
    answers: platformAnswers({
      postfix: 'ad-pf-log',
      'exim-cpanel': 'ad-cp-log',
      plesk: 'ad-pl-mode',
      exchange: 'ad-ex-clients',
      m365: 'ad-m365-code',
      google: 'ad-google-relay',
      container: 'ad-container',
      other: 'ad-other-mta',
    }),
  },
  'ad-in-platform': {
    kind: 'question',
    title: en('Which mail server receives mail for your domain?'),
    body: [
      {
        kind: 'paragraph',
        text: en('The next steps show the settings and log locations for that product.'),
      },
    ],
    answers: platformAnswers({
      postfix: 'ad-in-says',
      'exim-cpanel': 'ad-in-says',
      plesk: 'ad-in-says',
      exchange: 'ad-in-says',
      m365: 'ad-in-says',
      google: 'ad-in-says',
      container: 'ad-in-says',
      other: 'ad-in-says',
    }),
  },
  'ad-dev-platform': {
    kind: 'question',
    title: en('Which server should the device or application send through?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Printers, scanners and applications often cannot sign in, or only in old ways. Each product has its own safe way to let them send.',
        ),
      },
    ],
    answers: platformAnswers({
      postfix: 'ad-dev-log',
      'exim-cpanel': 'ad-dev-log',
      plesk: 'ad-dev-log',
      exchange: 'ad-ex-anon',
      m365: 'ad-m365-device',
      google: 'ad-google-relay',
      container: 'ad-dev-log',
      other: 'ad-dev-log',
    }),
  },

  // ── Shared outcomes ───────────────────────────────────────────────────────────────────────
  'ad-resolved': {
    kind: 'outcome',
    verdict: 'resolved',
    title: en('Fixed: mail flows again'),
    body: [
      { kind: 'paragraph', text: en('Good. Before you close this:') },
      {
        kind: 'bullets',
        items: [
          en('Check from outside your network that strangers are still refused (below).'),
          en('Note what you changed and why, and keep the configuration backup.'),
          en(
            'If an update caused it, check the same setting on your other servers, and try the next update on a test server first.',
          ),
        ],
      },
      openRelayTest,
    ],
  },
  'ad-apps-sign-in': {
    kind: 'outcome',
    verdict: 'resolved',
    title: en('The server is fine: your users’ apps must sign in to send'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The server offers sign-in and accepts it. The remaining refusals come from mail apps that do not sign in, use the wrong port, or hold an old password.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en(
            'Send users the settings: outgoing server name, port 587 with STARTTLS (or 465 with SSL/TLS), outgoing sign-in turned on, with the same user name and password as for incoming mail.',
          ),
          en(
            'Point them to this site’s **I’m sending from a mail app** guide on the home page: it shows where each setting is in common mail apps.',
          ),
          en(
            'Watch the log for a few days: refusals that keep coming from one address often mean a forgotten phone or device with old settings.',
          ),
        ],
      },
    ],
  },
  'ad-ask-vendor': {
    kind: 'outcome',
    verdict: 'contact-vendor',
    title: en('Hand it to your hosting provider or vendor, with the evidence'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The common causes are ruled out. Whoever manages the server or the platform needs to look now. Send them your answers, the exact error, and a few log lines of a refused attempt with their time stamps.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Saves the Postfix settings a vendor usually asks for into two files to attach. They hold no passwords, but check them before sending.',
        ),
        code: 'postconf -n > postconf-n.txt && postconf -M > postconf-M.txt',
        when: { fact: 'mailPlatform', in: ['postfix', 'plesk'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'cPanel servers: your hosting provider or cPanel support. Add the output of `whmapi1 exim_configuration_check`.',
        ),
        when: { fact: 'mailPlatform', in: ['exim-cpanel'] },
      },
      {
        kind: 'paragraph',
        text: en('Microsoft products: open a case with Microsoft support or your Microsoft partner.'),
        when: { fact: 'mailPlatform', in: ['exchange', 'm365'] },
      },
      {
        kind: 'paragraph',
        text: en('Google Workspace: contact Google Workspace support from the Admin console.'),
        when: { fact: 'mailPlatform', in: ['google'] },
      },
    ],
    ask: en(
      'Please check why our mail server refuses this mail (see the error, the log lines and our answers), and tell us which setting to change or restore.',
    ),
  },
  'ad-ask-vendor-update': {
    kind: 'outcome',
    verdict: 'contact-vendor',
    title: en('Ask the vendor what the update changed'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'If the update itself broke a working configuration, the vendor needs to know: other customers will be hit too. Until they answer, restore the last working configuration from your backup if you have one.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en('Give the time of the update and the time of the first refusal.'),
          en('Give the versions before and after, if you know them.'),
          en(
            'Attach the log lines of one refused attempt, and any notice the panel showed after the update.',
          ),
        ],
      },
    ],
    ask: en(
      'Our mail server started refusing our users’ mail with “Relay access denied” right after an update. Please tell us what the update changed in the mail configuration, and how to get back to a working setup.',
    ),
  },
  'ad-ask-plesk': {
    kind: 'outcome',
    verdict: 'contact-vendor',
    title: en('Ask your hosting provider or Plesk support to repair the mail setup'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Plesk keeps mail users, passwords and the addresses allowed to relay in its own database, and builds the mail configuration from it. When the checks and repairs you can run yourself do not help, Plesk support can inspect both.',
        ),
      },
    ],
    ask: en(
      'Our Plesk server refuses our users’ mail with “Relay access denied” (see the error and our answers). Please check the mail configuration and the Plesk database tables it relies on, such as smtp_poplocks, and help us repair them.',
    ),
  },
  'ad-ask-dns': {
    kind: 'outcome',
    verdict: 'contact-vendor',
    title: en('Ask your DNS host to correct the MX record'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Whoever manages your domain’s DNS (often the registrar or the hosting provider) has to change the MX record. Tell them the host name of your current mail server, and ask them to remove records for the old one.',
        ),
      },
    ],
    ask: en(
      'Please point the MX record of our domain to our current mail server (host name: …), and remove any MX record for our old server.',
    ),
  },
})

/** The branch for people who run the mail server ("admin"). Every id starts with `ad-`; a duplicate id is a compile error. */
export const adminNodes = joinNodes(
  joinNodes(joinNodes(joinNodes(adminCoreNodes, adminOutboundNodes), adminInboundNodes), adminDeviceNodes),
  adminRelayRouteNodes,
)
