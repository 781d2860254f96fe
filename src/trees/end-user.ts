import type { Block, FactCondition } from '@/engine/content.ts'
import { en } from '@/engine/text.ts'
import { stepsPerApp } from './end-user-apps.ts'
import type { NodeId } from './node-ids.ts'
import { defineBranch } from './node-ids.ts'

const fixedOrNot = (fixed: NodeId, notFixed: NodeId) =>
  [
    { key: 'fixed', label: en('That fixed it: my message went out'), next: fixed },
    { key: 'still-failing', label: en('Still getting the error'), next: notFixed },
  ] as const

const sendAgain: Block = {
  kind: 'tip',
  text: en(
    'To check, send a short test message to an address at another provider, for example a friend’s personal address.',
  ),
}

const noSmtpAuthHere: Block = {
  kind: 'warning',
  text: en(
    '{providerName} has said it does not offer outgoing sign-in for accounts like yours. If you cannot find the setting, ask them to enable it.',
  ),
  when: { fact: 'providerSmtpAuth', in: ['no'] },
}

/** The user answered the sign-in question with off or unsure, so the walk already showed how to turn it on. */
const authShownBefore: FactCondition = { fact: 'auth', in: ['off', 'unknown'] }
const authNotYetShown: FactCondition = { fact: 'auth', notIn: ['off', 'unknown'] }

const outlookCloudSending: Block = {
  kind: 'warning',
  text: en(
    'This app may connect to your provider from Microsoft’s servers rather than from your device, so the provider never sees your own network address and cannot recognise you by it. For this app, signing in to send is the only way that works reliably.',
  ),
  when: { fact: 'app', in: ['outlook-new', 'outlook-mobile'] },
}

const authAlreadyShown: Block = {
  kind: 'paragraph',
  text: en(
    'You turned on outgoing sign-in earlier in these steps. Open the outgoing server settings again and check that it is still on, with the same user name and password as for incoming mail:',
  ),
  when: authShownBefore,
}

/** iPhone and iPad Mail show only a **Server Port** and a **Use SSL** switch, so they are asked in those terms. */
const iosMail: FactCondition = { fact: 'app', in: ['ios-mail'] }
const notIosMail: FactCondition = { fact: 'app', notIn: ['ios-mail'] }

/** The branch for people sending from a mail app ("end user"). */
/** The ids of the end-user branch; a new node is added here and in `endUserNodes`. */
export type EndUserId =
  | 'eu-start'
  | 'eu-app'
  | 'eu-scope'
  | 'eu-from-address'
  | 'eu-server-name'
  | 'eu-auth-on'
  | 'eu-turn-auth-on'
  | 'eu-port'
  | 'eu-fix-port'
  | 'eu-account-type'
  | 'eu-app-password'
  | 'eu-outlook-com'
  | 'eu-auth-failed'
  | 'eu-pop-timing'
  | 'eu-network'
  | 'eu-mobile-pop'
  | 'eu-pop-step'
  | 'eu-where'
  | 'eu-network-block'
  | 'eu-signin-details'
  | 'eu-webmail'
  | 'eu-reconfigure'
  | 'eu-m365'
  | 'eu-ask-enable-auth'
  | 'eu-ask-alias'
  | 'eu-ask-provider'
  | 'eu-bounce-code'
  | 'eu-bounce-who'
  | 'eu-bounce-says'
  | 'eu-rcpt-relay'
  | 'eu-rcpt-authreq'
  | 'eu-rcpt-server-error'
  | 'eu-rcpt-invalid'
  | 'eu-rcpt-full'
  | 'eu-blocklisted'
  | 'eu-sender-verify'
  | 'eu-sender-auth-records'
  | 'eu-temporary'
  | 'eu-resolved'

export const endUserNodes = defineBranch<EndUserId>({
  'eu-start': {
    kind: 'question',
    title: en('When do you see the error?'),
    agent: {
      say: en(
        'When does the error show up: the moment you press Send, or later, as an email telling you your message was not delivered?',
      ),
      listenFor: en(
        'A pop-up, or mail stuck in the Outbox, means right away. A message from Mail Delivery System, MAILER-DAEMON or Postmaster means a bounce.',
      ),
      why: en(
        'An error at Send comes from the caller’s own outgoing server as it takes the message. A bounce means that server took it and a later server, often the recipient’s, refused it.',
      ),
    },
    body: [
      {
        kind: 'paragraph',
        text: en(
          'This tells us which mail server refused your message: your provider’s, or the recipient’s.',
        ),
      },
    ],
    answers: [
      {
        key: 'on-send',
        label: en('Right away when I press Send'),
        hint: en('A pop-up error, or the message stays in the Outbox.'),
        next: 'eu-app',
        facts: { seen: 'on-send' },
      },
      {
        key: 'bounce',
        label: en('Later, in an email saying my message was not delivered'),
        hint: en('A “bounce” from Mail Delivery System, MAILER-DAEMON or Postmaster.'),
        next: 'eu-bounce-code',
        facts: { seen: 'bounce' },
      },
    ],
  },
  'eu-app': {
    kind: 'question',
    title: en('Which mail app are you using?'),
    agent: {
      say: en(
        'Which app do you send email from, and on which device? For example Outlook on a Windows PC, Mail on an iPhone, or Gmail on an Android phone.',
      ),
      listenFor: en(
        'The app and the device. If they are unsure which Outlook for Windows it is: classic Outlook has a **File** tab at the top left, the new Outlook does not.',
      ),
      why: en(
        'Later steps show where this app keeps its outgoing server settings. The new Outlook and Outlook on phones may send through Microsoft’s servers, which changes the advice.',
      ),
    },
    body: [{ kind: 'paragraph', text: en('Later steps will show where each setting is in this app.') }],
    answers: [
      {
        key: 'outlook-classic',
        label: en('Outlook (classic) for Windows'),
        next: 'eu-scope',
        facts: { app: 'outlook-classic' },
      },
      {
        key: 'outlook-new',
        label: en('New Outlook for Windows'),
        next: 'eu-scope',
        facts: { app: 'outlook-new' },
      },
      { key: 'outlook-mac', label: en('Outlook for Mac'), next: 'eu-scope', facts: { app: 'outlook-mac' } },
      { key: 'thunderbird', label: en('Thunderbird'), next: 'eu-scope', facts: { app: 'thunderbird' } },
      { key: 'apple-mail', label: en('Apple Mail on a Mac'), next: 'eu-scope', facts: { app: 'apple-mail' } },
      { key: 'ios-mail', label: en('Mail on iPhone or iPad'), next: 'eu-scope', facts: { app: 'ios-mail' } },
      {
        key: 'outlook-mobile',
        label: en('Outlook for iPhone, iPad or Android'),
        next: 'eu-scope',
        facts: { app: 'outlook-mobile' },
      },
      {
        key: 'gmail-android',
        label: en('Gmail app on Android'),
        next: 'eu-scope',
        facts: { app: 'gmail-android' },
      },
      { key: 'samsung-email', label: en('Samsung Email'), next: 'eu-scope', facts: { app: 'samsung-email' } },
      { key: 'other', label: en('Another app'), next: 'eu-scope', facts: { app: 'other' } },
    ],
  },
  'eu-scope': {
    kind: 'question',
    title: en('Who can you not send to?'),
    agent: {
      say: en(
        'Does it fail for every message? Can you still email colleagues at your own company, and does it only go wrong when you send from one particular address?',
      ),
      listenFor: en(
        'Colleagues fine, outside addresses fail: outside only. Nothing goes out at all: everyone. Fails only from an alias or a second address: one address.',
      ),
      why: en(
        'A server takes mail for its own domains without sign-in, but passes mail on to other domains only for signed-in users. Failing for everyone points to the wrong server; one From address points to an address the server does not accept for this login.',
      ),
    },
    body: [
      {
        kind: 'paragraph',
        text: en(
          'If you are not sure, send one test message to someone inside your own company or domain and one to an address outside it, such as a friend’s personal address.',
        ),
      },
    ],
    answers: [
      {
        key: 'external',
        label: en('Only people outside my own domain or company'),
        next: 'eu-auth-on',
        facts: { scope: 'external' },
      },
      {
        key: 'everyone',
        label: en('Everyone, even colleagues'),
        next: 'eu-server-name',
        facts: { scope: 'everyone' },
      },
      {
        key: 'one-address',
        label: en('Anyone, but only when I send from one particular address'),
        hint: en('For example an alias, a second address, or another account’s address.'),
        next: 'eu-from-address',
        facts: { scope: 'one-address' },
      },
    ],
  },
  'eu-from-address': {
    kind: 'step',
    title: en('Send each address through the server of the account it belongs to'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'An outgoing server usually passes on mail only from addresses that belong to the account signed in, or that the provider has linked to it. Mail from any other address is refused, sometimes with the same words as a relay refusal, sometimes as **not owned by user** or **Sender address rejected**.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'Each identity (under **Account Settings** › **Manage Identities…**) has its own **Outgoing Server (SMTP)** setting. Pick the server of the account that owns the address, with that account’s user name.',
          ),
          en(
            'Two identities that share one outgoing server entry both sign in as that entry’s user, so the server may refuse the address that does not belong to that user.',
          ),
        ],
        when: { fact: 'app', in: ['thunderbird'] },
      },
      {
        kind: 'bullets',
        items: [
          en(
            'Mail sends each message through the outgoing server of the account that the **From** address belongs to. Extra addresses typed into one account’s **Email** field go through that account’s server, which may refuse them.',
          ),
          en(
            'In the account’s **Outgoing Mail Server** (SMTP) settings, check which server is the primary one and that it signs in as this account.',
          ),
        ],
        when: { fact: 'app', in: ['ios-mail', 'apple-mail'] },
      },
      {
        kind: 'bullets',
        items: [
          en(
            'If the address is set up in Gmail under **Settings** › **Accounts and Import** › **Send mail as**, Gmail sends it through the other provider’s outgoing server, with the user name and password entered there. Choose **edit info** next to the address and check that server, its port and the sign-in.',
          ),
          en(
            'The user name there must be the account at the other provider that owns the address; after a password change at that provider, enter the new password here too.',
          ),
        ],
        when: { fact: 'app', in: ['gmail-android', 'other'] },
      },
      {
        kind: 'paragraph',
        text: en('Ways to fix it, from quickest to most lasting:'),
      },
      {
        kind: 'steps',
        items: [
          en('Send from the account’s own address, and check that the message goes out.'),
          en(
            'If the other address belongs to another account, set that account up in the app too, with its own outgoing server and sign-in, and send from it.',
          ),
          en(
            'If the address is an alias of your account, ask {providerName} to allow your account to send from it.',
          ),
        ],
      },
    ],
    answers: [
      ...fixedOrNot('eu-resolved', 'eu-auth-on'),
      {
        key: 'alias-refused',
        label: en('It is an alias of my account, and it is still refused'),
        next: 'eu-ask-alias',
      },
    ],
  },
  'eu-server-name': {
    kind: 'step',
    title: en('Check the outgoing server name and your account'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'When even colleagues fail, the app is often sending to the wrong server, or the account itself is not active.',
        ),
      },
      ...stepsPerApp(
        (guide) => guide.open,
        [
          en(
            'Make sure the outgoing server is the one your provider publishes for sending: {outgoingServer}. It is often the same name as the incoming (IMAP or POP) server, but some providers use a separate name for sending, and a server that only delivers incoming mail refuses to pass yours on.',
          ),
          en(
            'Sign in to your provider’s webmail with the same address and password. If that fails, the account may be locked, suspended or unpaid: contact {supportContact}.',
          ),
        ],
      ),
      sendAgain,
    ],
    answers: fixedOrNot('eu-resolved', 'eu-auth-on'),
  },
  'eu-auth-on': {
    kind: 'question',
    title: en('Does your app sign in to the outgoing server?'),
    agent: {
      say: en(
        'Let’s open your outgoing server settings. Is there a setting such as “My outgoing server requires authentication” or “Use sign-in”, and is it switched on?',
      ),
      listenFor: en(
        'Ticked, on, or **Password** as the method: on. Unticked, off, or **None**: off. Can’t find it or not sure: not sure.',
      ),
      why: en(
        '“Relay access denied” from the caller’s own server nearly always means the app sent without signing in (SMTP AUTH); a server relays to other domains only for signed-in users.',
      ),
    },
    body: [
      {
        kind: 'paragraph',
        text: en(
          'An outgoing server passes mail on to other domains only for people who have signed in. Apps call this setting something like **My outgoing server requires authentication**, **Require sign-in** or **Authentication: Password**.',
        ),
      },
      { kind: 'paragraph', text: en('Here is where to look:') },
      ...stepsPerApp((guide) => guide.open),
    ],
    answers: [
      { key: 'off', label: en('No, it is turned off'), next: 'eu-turn-auth-on', facts: { auth: 'off' } },
      { key: 'unknown', label: en('I am not sure'), next: 'eu-turn-auth-on', facts: { auth: 'unknown' } },
      { key: 'on', label: en('Yes, it is turned on'), next: 'eu-port', facts: { auth: 'on' } },
    ],
  },
  'eu-turn-auth-on': {
    kind: 'step',
    title: en('Turn on sign-in for the outgoing server'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Your app needs to sign in to send, with the same user name and password as for incoming mail.',
        ),
      },
      ...stepsPerApp((guide) => [...guide.open, ...guide.auth], [en('Send the message again.')]),
      noSmtpAuthHere,
      {
        kind: 'tip',
        text: en(
          'Not sure of the server name, user name or password? Ask {supportContact} to confirm them. They are usually the same details you use for webmail.',
        ),
      },
    ],
    answers: [
      ...fixedOrNot('eu-resolved', 'eu-port'),
      {
        key: 'password-refused',
        label: en('The app says my user name or password is wrong'),
        next: 'eu-auth-failed',
      },
    ],
  },
  'eu-port': {
    kind: 'question',
    title: en('Which port and encryption does the outgoing server use?'),
    agent: {
      say: en(
        'Next to the outgoing server name, which port number do you see, and what does it say about encryption, SSL or TLS?',
      ),
      listenFor: en(
        '587 with STARTTLS, or 465 with SSL/TLS. Port 25, encryption **None**, or nothing found is its own answer. On an iPhone or iPad, listen for whether **Use SSL** is on.',
      ),
      why: en(
        'Port 25 is for server-to-server mail and many providers refuse to relay for users there. Mail apps should submit on 587 with STARTTLS or 465 with SSL/TLS, and sign in.',
      ),
    },
    body: [
      {
        kind: 'paragraph',
        text: en('They are next to the outgoing server name, sometimes under **Advanced**.'),
        when: notIosMail,
      },
      {
        kind: 'paragraph',
        text: en(
          'On the **Primary Server** screen, look at **Use SSL** and **Server Port**. With **Use SSL** on, Mail encrypts on both usual ports, so the switch and the port are all you need.',
        ),
        when: iosMail,
      },
      ...stepsPerApp((guide) => guide.open),
    ],
    answers: [
      {
        key: '25-or-none',
        label: en('Port 25, or no encryption'),
        next: 'eu-fix-port',
        facts: { port: '25-or-none' },
        when: notIosMail,
      },
      {
        key: '587-starttls',
        label: en('Port 587 with STARTTLS'),
        next: 'eu-account-type',
        facts: { port: '587-starttls' },
        when: notIosMail,
      },
      {
        key: '465-tls',
        label: en('Port 465 with SSL/TLS'),
        next: 'eu-account-type',
        facts: { port: '465-tls' },
        when: notIosMail,
      },
      {
        key: 'ssl-on',
        label: en('**Use SSL** is on, with port 587 or 465'),
        next: 'eu-account-type',
        facts: { port: 'ssl-on-secure-port' },
        when: iosMail,
      },
      {
        key: 'ssl-off',
        label: en('**Use SSL** is off, or the port is 25'),
        next: 'eu-fix-port',
        facts: { port: 'ssl-off-or-25' },
        when: iosMail,
      },
      {
        key: 'unknown',
        label: en('Something else, or I can’t find it'),
        next: 'eu-fix-port',
        facts: { port: 'unknown' },
      },
    ],
  },
  'eu-fix-port': {
    kind: 'step',
    title: en('Use a secure sending port'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Port 25 is meant for servers talking to each other, and many home, mobile and public networks block it. Many servers also accept a sign-in only over an encrypted connection.',
        ),
      },
      ...stepsPerApp(
        (guide) => [...guide.open, ...guide.port],
        [en('Keep sign-in turned on, and send again.')],
      ),
      {
        kind: 'warning',
        text: en(
          'Pair them exactly: {submissionPort} goes with STARTTLS and {implicitTlsPort} with SSL/TLS. A mismatch gives a connection error.',
        ),
        when: notIosMail,
      },
      {
        kind: 'tip',
        text: en(
          'iPhone and iPad Mail have no STARTTLS setting: with **Use SSL** on, Mail uses the right encryption for port {submissionPort} and for {implicitTlsPort} by itself. If one port still fails, try the other with **Use SSL** still on.',
        ),
        when: iosMail,
      },
    ],
    answers: fixedOrNot('eu-resolved', 'eu-account-type'),
  },
  'eu-account-type': {
    kind: 'question',
    title: en('What kind of account is it?'),
    agent: {
      say: en(
        'Which email service is this account with: Gmail, Yahoo or iCloud, a personal Outlook or Hotmail address, a work or school Microsoft 365 account, or another provider? And do you confirm sign-ins with a code or your phone?',
      ),
      listenFor: en(
        'Gmail, Yahoo, iCloud, or any account with two-step sign-in: two-step. A personal outlook.com, hotmail, live or msn address: Outlook.com. A work or school Microsoft account: Microsoft 365. Anything else without two-step: another provider.',
      ),
      why: en(
        'Accounts with two-step verification need an app password in a mail app. Outlook.com needs modern sign-in, and Microsoft 365 may have SMTP AUTH switched off by the organisation.',
      ),
    },
    answers: [
      {
        key: 'two-step',
        label: en('Gmail, Yahoo or iCloud, or any account with two-step verification'),
        next: 'eu-app-password',
        facts: { account: 'two-step' },
      },
      {
        key: 'outlook-com',
        label: en('An Outlook.com, Hotmail, Live or MSN address'),
        hint: en('A personal Microsoft account, not one from work or school.'),
        next: 'eu-outlook-com',
        facts: { account: 'outlook-com' },
      },
      {
        key: 'm365',
        label: en('A Microsoft 365 work or school account'),
        next: 'eu-m365',
        facts: { account: 'm365' },
      },
      {
        key: 'other',
        label: en('Another provider, without two-step verification'),
        next: 'eu-pop-timing',
        facts: { account: 'other' },
      },
    ],
  },
  'eu-app-password': {
    kind: 'step',
    title: en('Use an app password or the provider’s own sign-in'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Large providers, and accounts with two-step verification, usually refuse your normal password in mail apps. Google accounts no longer accept it at all for this. The app then cannot sign in to send.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'Best: remove the account from the app and add it again using the provider’s own button (Google, Microsoft, Yahoo, iCloud), so the app signs in the modern way.',
          ),
          en(
            'Or: create an **app password** in your account’s security settings, and type it in the app instead of your normal password, for incoming and outgoing mail.',
          ),
        ],
      },
      ...stepsPerApp((guide) => guide.readd),
      {
        kind: 'link',
        text: en('Google: sign in with app passwords'),
        href: 'https://support.google.com/accounts/answer/185833',
      },
      { kind: 'link', text: en('Apple: app-specific passwords'), href: 'https://support.apple.com/102654' },
    ],
    answers: fixedOrNot('eu-resolved', 'eu-pop-timing'),
  },
  'eu-outlook-com': {
    kind: 'step',
    title: en('Sign in to your Microsoft account the modern way'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Since September 2024, Microsoft no longer lets mail apps from other makers sign in to Outlook.com, Hotmail, Live or MSN addresses with a password, and app passwords stopped working for this too. An app that still sends your password cannot sign in, so it cannot send.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'Remove the account from the app, then add it again and choose **Outlook.com**, **Microsoft** or **Hotmail** when the app asks for the kind of account, so that a Microsoft sign-in window opens. Do not pick IMAP or POP.',
          ),
          en(
            'If the app never opens a Microsoft sign-in window, it is too old for this account: update it, or use an app that supports Microsoft’s sign-in (current versions of Outlook, Thunderbird, Apple Mail and iPhone/iPad Mail do).',
          ),
        ],
      },
      ...stepsPerApp((guide) => guide.readd),
    ],
    answers: fixedOrNot('eu-resolved', 'eu-ask-provider'),
  },
  'eu-auth-failed': {
    kind: 'step',
    title: en('The server refused your user name or password'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The app tried to sign in to send, but the server said the details were wrong. Until sign-in works, the server will not pass your mail on.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en('Check that you can sign in to webmail with the same address and password.'),
          en(
            'In the app’s outgoing server settings, type the password again, and use your full email address as the user name.',
          ),
          en(
            'If the account has two-step verification, use an app password, or add the account again with the provider’s own sign-in button.',
          ),
          en('If you changed your password recently, update it on every device that sends mail.'),
        ],
      },
    ],
    answers: [
      ...fixedOrNot('eu-resolved', 'eu-ask-provider'),
      {
        key: 'm365',
        label: en('It is a Microsoft 365 work or school account'),
        next: 'eu-m365',
        facts: { account: 'm365' },
      },
    ],
  },
  'eu-pop-timing': {
    kind: 'question',
    title: en('Does sending work just after you check for new mail, then stop working later?'),
    agent: {
      say: en(
        'Have you noticed whether sending works just after you check for new mail, and then stops working a little later?',
      ),
      listenFor: en(
        'Works right after fetching mail and fails later: yes. Anything else, or they have not noticed: no.',
      ),
      why: en(
        'That pattern points to POP-before-SMTP: the server lets a device send for a short while after it has collected mail, instead of asking it to sign in to send.',
      ),
    },
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Some providers let you send for a short while after your app has collected mail, instead of asking the app to sign in to send. This older method is called POP-before-SMTP.',
        ),
      },
    ],
    answers: [
      {
        key: 'yes',
        label: en('Yes, it works right after checking mail'),
        next: 'eu-network',
        facts: { popTiming: 'works' },
      },
      { key: 'no', label: en('No, or I can’t tell'), next: 'eu-where' },
    ],
  },
  'eu-network': {
    kind: 'question',
    title: en('Does your device change networks?'),
    agent: {
      say: en(
        'Does your device move between networks while you use it, for example between Wi-Fi and mobile data, or with a VPN turned on and off?',
      ),
      listenFor: en(
        'A phone on the move, a laptop between hotspots, a VPN going on and off: changes. Always the same home or office connection: same.',
      ),
      why: en(
        'POP-before-SMTP trusts the network address that last collected mail. When the network changes, so does the address, and the permission no longer matches.',
      ),
    },
    body: [
      {
        kind: 'paragraph',
        text: en(
          'For example a phone moving between Wi-Fi and mobile data, a laptop moving between hotspots, or a VPN switching on or off.',
        ),
      },
    ],
    answers: [
      {
        key: 'changes',
        label: en('Yes, it changes networks or uses a VPN'),
        next: 'eu-mobile-pop',
        facts: { network: 'changes' },
      },
      {
        key: 'same',
        label: en('No, it stays on one network'),
        next: 'eu-pop-step',
        facts: { network: 'same' },
      },
    ],
  },
  'eu-mobile-pop': {
    kind: 'step',
    title: en('Your provider recognises you by network address: switch to signing in'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'When your app checks mail, the provider notes the internet address (IP address) you came from and lets that address send for a while. When your device changes network it gets a new address, so the permission no longer matches and sending is refused.',
        ),
      },
      {
        kind: 'paragraph',
        text: en(
          'Signing in to send works from any network. Turn it on with the same user name and password as for incoming mail:',
        ),
      },
      ...stepsPerApp(
        (guide) => [...guide.open, ...guide.auth],
        [en('Send again, on any network.')],
        [authNotYetShown],
      ),
      outlookCloudSending,
      authAlreadyShown,
      ...stepsPerApp((guide) => guide.open, [en('Send again, on any network.')], [authShownBefore]),
      noSmtpAuthHere,
      {
        kind: 'tip',
        text: en(
          'Until then: check for new mail, then send straight away, without changing network in between.',
        ),
      },
    ],
    answers: [
      ...fixedOrNot('eu-resolved', 'eu-ask-provider'),
      {
        key: 'no-auth-offered',
        label: en('My app or provider does not offer outgoing sign-in'),
        next: 'eu-ask-enable-auth',
        facts: { smtpAuthOffered: 'no' },
      },
    ],
  },
  'eu-pop-step': {
    kind: 'step',
    title: en('Sign in to send instead of checking mail first'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Your provider seems to allow sending only for a short time after your app collects mail. Once that time runs out, sending is refused. Signing in to send removes the time limit:',
        ),
      },
      ...stepsPerApp(
        (guide) => [...guide.open, ...guide.auth],
        [en('Send again, even a long time after checking mail.')],
        [authNotYetShown],
      ),
      outlookCloudSending,
      authAlreadyShown,
      ...stepsPerApp(
        (guide) => guide.open,
        [en('Send again, even a long time after checking mail.')],
        [authShownBefore],
      ),
      noSmtpAuthHere,
      {
        kind: 'tip',
        text: en(
          'Quick workaround: check for new mail, then send right away. Outlook (classic) can do this for you with **Log on to incoming mail server before sending mail** on the **Outgoing Server** tab.',
        ),
      },
    ],
    answers: [
      ...fixedOrNot('eu-resolved', 'eu-ask-provider'),
      {
        key: 'no-auth-offered',
        label: en('My app or provider does not offer outgoing sign-in'),
        next: 'eu-ask-enable-auth',
        facts: { smtpAuthOffered: 'no' },
      },
    ],
  },
  'eu-where': {
    kind: 'question',
    title: en('Does it fail on every network?'),
    agent: {
      say: en(
        'Could you try sending once on another connection, for example on mobile data with Wi-Fi switched off? Does it fail there too?',
      ),
      listenFor: en(
        'Fails on every connection: everywhere. Works somewhere else, say at home but not at work or in a hotel: only some networks. Can’t try another connection: can’t try.',
      ),
      why: en(
        'Some networks block or intercept outgoing mail ports, and some security software does the same; if the failure follows the network, the account is not the cause.',
      ),
    },
    body: [
      {
        kind: 'paragraph',
        text: en(
          'If you can, try once on another connection: for example on mobile data instead of Wi-Fi, or at home instead of at work or in a hotel.',
        ),
      },
    ],
    answers: [
      {
        key: 'everywhere',
        label: en('Yes, it fails everywhere'),
        next: 'eu-webmail',
        facts: { where: 'everywhere' },
      },
      {
        key: 'some-networks',
        label: en('No, only on some networks'),
        hint: en('For example at work, in a hotel, on one Wi-Fi, or away from home.'),
        next: 'eu-network-block',
        facts: { where: 'some-networks' },
      },
      { key: 'unknown', label: en('I can’t try another network'), next: 'eu-webmail' },
    ],
  },
  'eu-network-block': {
    kind: 'step',
    title: en('Get past what that network does to outgoing mail'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'When sending fails on one network only, something on the way is the cause, not your account. Check these, in order:',
        ),
      },
      {
        kind: 'steps',
        items: [
          en(
            'Port 25: many hotel, office, school and home networks block it, and some quietly hand it to their own server, which then refuses to pass your mail on. Use port {submissionPort} with STARTTLS or {implicitTlsPort} with SSL/TLS, with sign-in turned on.',
          ),
          en(
            'Your internet provider’s server: if the outgoing server is the one of your home internet provider rather than your email provider, it usually accepts mail only from its own network. Use {outgoingServer} with sign-in instead.',
          ),
          en(
            'Security software: an antivirus “email shield” or outgoing-mail scan, or a VPN, sits between the app and the server. Turn it off for one test, and send again.',
          ),
        ],
      },
      ...stepsPerApp((guide) => [...guide.open, ...guide.port]),
      {
        kind: 'tip',
        text: en(
          'A sign that something answers in your server’s place: the app warns that the server’s certificate does not match its name. Do not accept that certificate; change network instead.',
        ),
      },
    ],
    answers: fixedOrNot('eu-resolved', 'eu-webmail'),
  },
  'eu-signin-details': {
    kind: 'step',
    title: en('Make sure the app really signs in'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Webmail can send, so your account is fine. The app may show sign-in as turned on and still not sign in, or sign in as someone else. Check:',
        ),
      },
      {
        kind: 'steps',
        items: [
          en(
            'The outgoing user name and password: after a change of server, port or password, some apps keep an old outgoing login. Type your full email address and password again in the outgoing server settings.',
          ),
          en(
            'The sign-in method: choose the normal password method over an encrypted connection unless your provider tells you otherwise. **Encrypted password**, Kerberos or NTLM only work where the provider offers them.',
          ),
          en(
            'The other secure port: some servers offer sign-in on only one of {submissionPort} (STARTTLS) and {implicitTlsPort} (SSL/TLS). Try the other one.',
          ),
          en(
            'Security software: an antivirus “mail shield” that scans outgoing mail sits between the app and the server. Turn that scan off for one test.',
          ),
        ],
      },
      {
        kind: 'bullets',
        items: [
          en(
            'In **Settings** › **Privacy & Security**, open **Saved Passwords**. Remove the entries that start with `smtp://` for this server, then send again and type the password when asked.',
          ),
          en('Set **Authentication method** to **Normal password** for the outgoing server.'),
        ],
        when: { fact: 'app', in: ['thunderbird'] },
      },
      {
        kind: 'bullets',
        items: [
          en(
            'On the **Outgoing Server** tab, choose **Log on using** and type the user name and password there, instead of relying on the incoming server’s details.',
          ),
          en('Leave **Require logon using Secure Password Authentication (SPA)** unticked.'),
        ],
        when: { fact: 'app', in: ['outlook-classic'] },
      },
      ...stepsPerApp((guide) => [...guide.open, ...guide.auth]),
    ],
    answers: fixedOrNot('eu-resolved', 'eu-reconfigure'),
  },
  'eu-webmail': {
    kind: 'question',
    title: en('Can you send to the same person from webmail?'),
    agent: {
      say: en(
        'Can you sign in to your email provider’s website and send a short message to the same person from there?',
      ),
      listenFor: en(
        'Webmail sends fine: works. Webmail fails to the same address too: fails. No website sign-in, or they don’t know it: no webmail.',
      ),
      why: en(
        'Webmail uses the same account without the app’s settings. If it works, the app’s outgoing settings are at fault; if it fails too, the provider must look.',
      ),
    },
    body: [
      {
        kind: 'paragraph',
        text: en('Sign in to your provider’s website and send a short message to the same address.'),
      },
    ],
    answers: [
      {
        key: 'works',
        label: en('Yes, webmail can send to them'),
        next: 'eu-signin-details',
        facts: { webmail: 'works' },
      },
      {
        key: 'fails',
        label: en('No, webmail fails too'),
        next: 'eu-ask-provider',
        facts: { webmail: 'fails' },
      },
      {
        key: 'no-webmail',
        label: en('I don’t have webmail'),
        next: 'eu-ask-provider',
        facts: { webmail: 'none' },
      },
    ],
  },
  'eu-reconfigure': {
    kind: 'step',
    title: en('Set the account up again in your app'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Webmail works, so your account and the recipient are fine: something in the app’s settings is off. Note down the settings {providerName} publishes for mail apps, then:',
        ),
      },
      ...stepsPerApp((guide) => guide.readd),
      {
        kind: 'bullets',
        items: [
          en(
            'Send from your own address. Many servers refuse to send as an address that is not yours or one of your aliases.',
          ),
          en('Install any update the app offers.'),
        ],
      },
    ],
    answers: fixedOrNot('eu-resolved', 'eu-ask-provider'),
  },
  'eu-m365': {
    kind: 'outcome',
    verdict: 'contact-admin',
    title: en('Ask your IT team to let your app send'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Microsoft 365 organisations can switch off sign-in for sending from apps that use plain SMTP (called SMTP AUTH), for everyone or for single mailboxes, and many newer organisations have it off. Microsoft is also retiring password-only sign-in for it. Your app cannot change that on its own.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'Easiest: add the account in your app as a **Microsoft 365** or **Exchange** account instead of IMAP or POP, so it signs in the modern way.',
          ),
          en('Or ask your IT team whether SMTP AUTH can be turned on for your mailbox.'),
        ],
      },
    ],
    ask: en(
      'Please check whether SMTP authentication (SMTP AUTH) is enabled for my mailbox, or tell me which account type my mail app should use.',
    ),
  },
  'eu-ask-enable-auth': {
    kind: 'outcome',
    verdict: 'contact-provider',
    title: en('Ask {providerName} to turn on SMTP authentication'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Signing in to send works on every network, so it is the lasting fix. If your account does not offer it yet, only your provider can switch it on.',
        ),
      },
    ],
    ask: en(
      'Please enable SMTP authentication for my account, and tell me the outgoing server, port and encryption to use.',
    ),
  },
  'eu-ask-alias': {
    kind: 'outcome',
    verdict: 'contact-provider',
    title: en('Ask {providerName} to let your account send from that address'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Only the provider can link an extra address to your account for sending. Name the address and the account you sign in with.',
        ),
      },
    ],
    ask: en(
      'Please allow my account to send from this address (an alias), or tell me which account and outgoing server should send it.',
    ),
  },
  'eu-ask-provider': {
    kind: 'outcome',
    verdict: 'contact-provider',
    title: en('Ask {providerName} to look at their mail logs'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Only your provider can see why their server refused this message: their mail server logs record the reason. The message below gives them what they need to find it quickly.',
        ),
      },
    ],
    ask: en('Please check your mail server logs for this refusal and tell me what to change.'),
  },
  'eu-bounce-code': {
    kind: 'question',
    title: en('Is the bounce a final failure or a delay warning?'),
    agent: {
      say: en(
        'In that returned email, can you see a three-digit number such as 554 or 454 near the error? Read me the first digit, or tell me if it says it will keep trying.',
      ),
      listenFor: en(
        'A code starting with 5, or “delivery failed”, is final. A code starting with 4, or “will keep trying”, is a delay. No code at all: they can’t find one.',
      ),
      why: en(
        '5xx is a permanent refusal. 4xx is temporary: the sending server retries by itself, so such a bounce is only a warning.',
      ),
    },
    body: [
      {
        kind: 'paragraph',
        text: en('Look for a three-digit code near the error, such as **554 5.7.1** or **454 4.7.1**.'),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'A code starting with **5** means the refusal is final: the message was not delivered and will not be retried.',
          ),
          en(
            'A code starting with **4** means the refusal is temporary: the server keeps the message and tries again by itself. Such bounces often say they will keep trying.',
          ),
        ],
      },
    ],
    answers: [
      {
        key: 'final',
        label: en('Final: the code starts with 5, or it says delivery failed'),
        next: 'eu-bounce-who',
      },
      {
        key: 'delayed',
        label: en('Delayed: the code starts with 4, or it says it will keep trying'),
        next: 'eu-temporary',
      },
      { key: 'unknown', label: en('I can’t find a code'), next: 'eu-bounce-who' },
    ],
  },
  'eu-bounce-who': {
    kind: 'question',
    title: en('Which server refused the message?'),
    agent: {
      say: en(
        'In the returned email, look for a line with “Remote server”, “Remote-MTA”, or a server name followed by “said”. Can you read me that server name?',
      ),
      listenFor: en(
        'A name of the caller’s own provider or outgoing server: theirs. A name of the recipient’s domain or email provider: the recipient’s. Only a “Generating server” line, or nothing readable: can’t tell.',
      ),
      why: en(
        'The server that refused decides who must act. Outlook’s **Generating server** wrote the bounce and is often the sender’s own server, not the one that refused.',
      ),
    },
    body: [
      {
        kind: 'paragraph',
        text: en(
          'In the bounce, look for the line that names the server which gave the refusal: **host … said**, **Remote-MTA**, or, in Outlook’s bounces, **Remote server** (also shown as **Remote server returned**). Outlook’s **Generating server** line is different: it names the server that wrote the bounce, which is often your own provider’s, not the one that refused.',
        ),
      },
    ],
    answers: [
      {
        key: 'mine',
        label: en('My own provider’s server'),
        hint: en('Its name matches your provider or your outgoing server.'),
        next: 'eu-app',
        facts: { refusedBy: 'mine' },
      },
      {
        key: 'theirs',
        label: en('The recipient’s server'),
        hint: en('A server of the recipient’s domain or their email provider.'),
        next: 'eu-bounce-says',
        facts: { refusedBy: 'theirs' },
      },
      { key: 'unknown', label: en('I can’t tell'), next: 'eu-ask-provider', facts: { refusedBy: 'unknown' } },
    ],
  },
  'eu-bounce-says': {
    kind: 'question',
    title: en('What does the recipient’s server say?'),
    agent: {
      say: en(
        'Please read me the sentence in the returned email that gives the reason, word for word, including any code such as 5.7.1.',
      ),
      listenFor: en(
        'Key words: “relay” or “unable to relay”; “turn on SMTP authentication”; “user unknown” or “does not exist”; “mailbox full” or “quota”; “blocked”, a blocklist or “spam”; “sender verify”; SPF, DKIM or DMARC; “lookup failure” or “configuration error”. Anything else: none of these.',
      ),
      why: en(
        'The caller’s own server accepted the message and the recipient’s server refused it; its wording tells whether the recipient’s side or the sender’s domain must act. Paste the text into the error box to decode it.',
      ),
    },
    answers: [
      {
        key: 'relay',
        label: en('Relay access denied, Unable to relay, or not permitted to relay'),
        next: 'eu-rcpt-relay',
        facts: { bounceSays: 'relay' },
      },
      {
        key: 'auth-required',
        label: en('Please turn on SMTP Authentication'),
        next: 'eu-rcpt-authreq',
        facts: { bounceSays: 'auth-required' },
      },
      {
        key: 'unknown-user',
        label: en('User unknown, no such user, or the address does not exist'),
        next: 'eu-rcpt-invalid',
        facts: { bounceSays: 'unknown-user' },
      },
      {
        key: 'full',
        label: en('Mailbox full or over quota'),
        next: 'eu-rcpt-full',
        facts: { bounceSays: 'full' },
      },
      {
        key: 'blocked',
        label: en('Blocked, blacklisted, Spamhaus or another blocklist, or spam'),
        next: 'eu-blocklisted',
        facts: { bounceSays: 'blocked' },
      },
      {
        key: 'sender-verify',
        label: en('Sender verify failed'),
        next: 'eu-sender-verify',
        facts: { bounceSays: 'sender-verify' },
      },
      {
        key: 'spf',
        label: en('SPF, DKIM or DMARC'),
        next: 'eu-sender-auth-records',
        facts: { bounceSays: 'spf' },
      },
      {
        key: 'server-error',
        label: en('Temporary lookup failure, server configuration error, or a database error'),
        next: 'eu-rcpt-server-error',
        facts: { bounceSays: 'server-error' },
      },
      { key: 'other', label: en('None of these'), next: 'eu-ask-provider' },
    ],
  },
  'eu-rcpt-relay': {
    kind: 'outcome',
    verdict: 'contact-recipient',
    title: en('The recipient’s mail server is set up wrongly'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Your provider passed the message on, but the server that receives mail for the recipient’s domain does not think it handles that domain, or refused this recipient. Usually the domain’s MX records point to an old or wrong server, or the domain was not added to the server after a move to a new provider.',
        ),
      },
      {
        kind: 'paragraph',
        text: en('You cannot fix this from your side, and sending again will not help until they do.'),
      },
      {
        kind: 'steps',
        items: [
          en('Contact the recipient another way (phone, another address) and forward them the bounce.'),
          en(
            'Ask them to have their IT team check the domain’s MX records and the domains their mail server accepts.',
          ),
        ],
      },
    ],
    ask: en(
      'Your mail server refused my message with a relay error. Please ask your IT team to check your domain’s MX records and the domains your mail server accepts.',
    ),
  },
  'eu-rcpt-authreq': {
    kind: 'outcome',
    verdict: 'contact-recipient',
    title: en('The recipient’s server wrongly asks senders to sign in'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'A server that receives mail for its own users should never ask outside senders to sign in. This usually means it does not treat the recipient’s domain as its own. Only the recipient’s IT team or provider can fix it; forward them the bounce through another channel.',
        ),
      },
    ],
    ask: en(
      'Your mail server asked my provider to sign in before accepting mail for you. Please ask your IT team to check that your domain is set up as a local domain on it.',
    ),
  },
  'eu-rcpt-server-error': {
    kind: 'outcome',
    verdict: 'contact-recipient',
    title: en('The recipient’s server has an internal problem'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The recipient’s server could not look up its own list of users or domains, often because a database or directory behind it is down. If the code starts with 4, it may deliver once they fix it, because your provider keeps trying. Let the recipient know another way.',
        ),
      },
    ],
    ask: en(
      'Your mail server reported an internal lookup or configuration error when my provider tried to deliver to you. Please ask your IT team to check it.',
    ),
  },
  'eu-rcpt-invalid': {
    kind: 'outcome',
    verdict: 'contact-recipient',
    title: en('The address does not exist or is closed'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'This is not a settings problem: the recipient’s server says there is no mailbox with that address, or it is inactive or cancelled.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en('Check the spelling, especially after the @.'),
          en('Ask the person for their current address through another channel.'),
        ],
      },
    ],
    ask: en(
      'My message to you bounced because the address was not found. Could you confirm your current email address?',
    ),
  },
  'eu-rcpt-full': {
    kind: 'outcome',
    verdict: 'contact-recipient',
    title: en('The recipient’s mailbox is full'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The recipient needs to free up space. Let them know another way, then send again later. Large attachments make this more likely, so consider sharing a link instead.',
        ),
      },
    ],
    ask: en('My message to you bounced because your mailbox is full. Could you free up some space?'),
  },
  'eu-blocklisted': {
    kind: 'outcome',
    verdict: 'contact-provider',
    title: en('The recipient’s spam filter refused your provider’s server'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The recipient’s server did not trust the server your provider sends from, often because its address is on a blocklist, or because its spam filter scored the message. Your provider has to clear this; it affects their other customers too.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en(
            'Send the bounce to {providerName} and ask them to check their mail logs and whether their server is on a blocklist.',
          ),
          en(
            'Let the recipient know through another channel: they may be able to allow your address on their side.',
          ),
        ],
      },
    ],
    ask: en(
      'The recipient’s server refused my message as coming from a blocked or suspicious server. Please check your mail server logs and your blocklist status.',
    ),
  },
  'eu-sender-verify': {
    kind: 'outcome',
    verdict: 'contact-provider',
    title: en('The recipient’s server could not verify your address'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Before accepting, the recipient’s server checked back with your provider that your address exists, and that check failed. Make sure you send from your real address, then ask {providerName} why the check fails. The recipient’s IT team can also allow your server as a stopgap.',
        ),
      },
    ],
    ask: en(
      'The recipient’s server said sender verification failed for my address. Please check that your servers accept verification checks for it.',
    ),
  },
  'eu-sender-auth-records': {
    kind: 'outcome',
    verdict: 'contact-provider',
    title: en('Your domain’s sender records did not pass'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The recipient’s server checked the DNS records that prove mail from your domain is genuine (SPF, DKIM and DMARC), and they failed. Whoever runs your domain’s DNS and mail must fix them; this is not a setting in your app.',
        ),
      },
    ],
    ask: en(
      'A recipient refused my message because of SPF, DKIM or DMARC. Please check these records for my domain.',
    ),
  },
  'eu-temporary': {
    kind: 'step',
    title: en('This refusal is temporary: wait before sending again'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Codes starting with 4, such as 454 4.7.1, mean “not now”. Mail servers keep the message and try again by themselves, often for several days, so sending it again yourself only creates duplicates.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en('Wait a few hours.'),
          en('If a final bounce arrives later (a code starting with 5), look at which server refused it.'),
        ],
      },
    ],
    answers: [
      { key: 'delivered', label: en('It was delivered in the end'), next: 'eu-resolved' },
      { key: 'final-bounce', label: en('A final bounce arrived'), next: 'eu-bounce-who', loops: true },
      { key: 'still-failing', label: en('It still fails after a day'), next: 'eu-ask-provider' },
    ],
  },
  'eu-resolved': {
    kind: 'outcome',
    verdict: 'resolved',
    title: en('Fixed: your mail is going out'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Great. If the error comes back, for example after a new phone, a new network or a password change, run through these steps again.',
        ),
      },
    ],
  },
})
