import type { Block, FactCondition } from '@/engine/content.ts'
import type { Text } from '@/engine/text.ts'
import { en } from '@/engine/text.ts'

/** Mail apps with their own instructions; the answer keys of the app question and the `app` fact ids. */
export const APPS = [
  'outlook-classic',
  'outlook-new',
  'outlook-mac',
  'thunderbird',
  'apple-mail',
  'ios-mail',
  'outlook-mobile',
  'gmail-android',
  'samsung-email',
] as const
export type App = (typeof APPS)[number]

/**
 * Where the outgoing-server settings live in one app. Labels the domain reference could not verify
 * are described in words a user can search for, rather than quoted as exact menu names.
 */
type AppGuide = {
  /** Steps that open the outgoing (SMTP) server settings. */
  readonly open: readonly Text[]
  /** Steps that turn on sign-in with the same details as incoming mail. */
  readonly auth: readonly Text[]
  /** Steps that set the port and encryption. */
  readonly port: readonly Text[]
  /** Steps to remove and add the account again. */
  readonly readd: readonly Text[]
}

const GUIDES: Record<App | 'other', AppGuide> = {
  'outlook-classic': {
    open: [
      en('Choose **File** › **Account Settings** › **Account Settings**.'),
      en('Select the account, choose **Change**, then **More Settings**.'),
      en(
        'If **Change** opens a short page without **More Settings**, close Outlook and open **Control Panel** › **Mail** › **Email Accounts** instead; select the account, choose **Change**, then **More Settings**.',
      ),
    ],
    auth: [
      en('On the **Outgoing Server** tab, tick **My outgoing server (SMTP) requires authentication**.'),
      en('Choose **Use same settings as my incoming mail server**, then **OK**.'),
      en(
        'Back on the first page, make sure **Require logon using Secure Password Authentication (SPA)** is not ticked.',
      ),
    ],
    port: [
      en(
        'On the **Advanced** tab, set **Outgoing server (SMTP)** to **{submissionPort}** and the encrypted connection type below it to **STARTTLS** (or {implicitTlsPort} with **SSL/TLS**).',
      ),
    ],
    readd: [
      en(
        'Choose **File** › **Account Settings** › **Account Settings**, select the account and choose **Remove**.',
      ),
      en(
        'Choose **File** › **Add Account**, type your address, open **Advanced options** and tick **Let me set up my account manually**, then enter the settings by hand.',
      ),
    ],
  },
  'outlook-new': {
    open: [
      en('Open **Settings** (the gear icon) › **Accounts** › **Email accounts** and find the account.'),
      en(
        'The new Outlook lets you change few server settings after an IMAP or POP account is added. If you cannot find the outgoing server settings, remove the account and add it again (see below).',
      ),
    ],
    auth: [
      en(
        'When adding the account, choose IMAP or POP and open the advanced or more settings option, so you can enter the outgoing (SMTP) server yourself.',
      ),
      en('Enter your full email address and password for the outgoing server as well as the incoming one.'),
    ],
    port: [
      en(
        'In the same advanced settings, set the outgoing port to **{submissionPort}** with **STARTTLS** as the secure connection type (or {implicitTlsPort} with **SSL/TLS**).',
      ),
    ],
    readd: [
      en(
        'In **Settings** › **Accounts** › **Email accounts**, choose **Manage** next to the account and remove it.',
      ),
      en(
        'Choose **Add account**, pick IMAP or POP, and enter the settings by hand in the advanced settings.',
      ),
    ],
  },
  'outlook-mac': {
    open: [
      en('Choose **Outlook** › **Settings** (or **Preferences**) › **Accounts** and select the account.'),
      en('Find the **Outgoing server** section with the server name and port.'),
    ],
    auth: [
      en(
        'Open the outgoing server’s extra options (often **More Options…**) and set authentication to use your incoming server’s details, or your user name and password.',
      ),
    ],
    port: [
      en(
        'Next to the outgoing server, set the port to **{submissionPort}** and tick the option to use SSL/TLS to connect (or use {implicitTlsPort}).',
      ),
    ],
    readd: [
      en('In **Settings** › **Accounts**, select the account and remove it with the **−** button.'),
      en('Add it again with **+** › **New Account**, choose IMAP or POP, and enter the settings by hand.'),
    ],
  },
  thunderbird: {
    open: [
      en('Open the **≡** menu › **Account Settings**.'),
      en(
        'At the bottom of the list on the left, choose **Outgoing Server (SMTP)**, select your server and choose **Edit…**.',
      ),
    ],
    auth: [
      en(
        'Set **Authentication method** to **Normal password** (or **OAuth2** for a Google or Microsoft account).',
      ),
      en(
        'Set **User Name** to your full email address, then **OK**. Thunderbird asks for the password on the next send.',
      ),
    ],
    port: [
      en(
        'Set **Port** to **{submissionPort}** with **Connection security: STARTTLS**, or {implicitTlsPort} with **SSL/TLS**.',
      ),
    ],
    readd: [
      en('In **Account Settings**, choose **Account Actions** › **Remove Account**.'),
      en(
        'Add it again from the **≡** menu › **New Account** › **Existing Email**, and choose **Configure manually**.',
      ),
    ],
  },
  'apple-mail': {
    open: [
      en(
        'Choose **Mail** › **Settings** (**Preferences** on older macOS) › **Accounts** and select the account.',
      ),
      en('Open **Server Settings** and find **Outgoing Mail Server (SMTP)**.'),
    ],
    auth: [
      en('Enter your full email address as the user name, and your password.'),
      en('Untick **Automatically manage connection settings**, then set **Authentication** to **Password**.'),
    ],
    port: [
      en(
        'With **Automatically manage connection settings** unticked, set **Port** to **{submissionPort}** and tick **Use TLS/SSL** (or use {implicitTlsPort}).',
      ),
    ],
    readd: [
      en('In **Settings** › **Accounts**, select the account and remove it with **−**.'),
      en(
        'Add it again with **+**, choose **Other Mail Account**, and enter the server details if Mail cannot find them.',
      ),
    ],
  },
  'ios-mail': {
    open: [
      en(
        'Open **Settings** › **Apps** › **Mail** › **Mail Accounts** (on older versions: **Settings** › **Mail** › **Accounts**) and tap the account.',
      ),
      en('Tap **Account**, then **SMTP** under **Outgoing Mail Server**, then the **Primary Server**.'),
    ],
    auth: [
      en(
        'Fill in **User Name** (your full email address) and **Password**, even though they are marked optional.',
      ),
      en('Set **Authentication** to **Password**, then tap **Done**.'),
    ],
    port: [en('Turn **Use SSL** on and set **Server Port** to **{submissionPort}** (or {implicitTlsPort}).')],
    readd: [
      en('In the account’s settings, tap **Delete Account**.'),
      en('Add it again under **Mail Accounts** › **Add Account** › **Other** › **Add Mail Account**.'),
    ],
  },
  'outlook-mobile': {
    open: [
      en(
        'In Outlook, tap your account picture or the menu, then the gear icon (**Settings**), and tap the account.',
      ),
      en(
        'Outlook for iPhone, iPad and Android shows few server settings once an IMAP or POP account is added. If you cannot find the outgoing (SMTP) server, remove the account and add it again (see below).',
      ),
    ],
    auth: [
      en(
        'When adding the account, choose IMAP and turn on the advanced settings, so you can enter the outgoing (SMTP) server yourself.',
      ),
      en('Enter your full email address and password for the outgoing server as well as the incoming one.'),
    ],
    port: [
      en(
        'In the same advanced settings, enter the outgoing server with port **{submissionPort}** and STARTTLS, or {implicitTlsPort} with SSL/TLS, as your provider publishes.',
      ),
    ],
    readd: [
      en('In Outlook’s **Settings**, tap the account and choose **Delete account** (wording varies).'),
      en(
        'Choose **Add mail account**, type your address, and choose IMAP with advanced settings to enter the server details.',
      ),
    ],
  },
  'gmail-android': {
    open: [
      en(
        'In the Gmail app, open the menu › **Settings** and tap the account (this is for non-Google accounts added as IMAP or POP).',
      ),
      en('Tap **Outgoing settings**. Labels differ a little between versions.'),
    ],
    auth: [
      en('Check that the user name (your full email address) and password are filled in.'),
      en('If there is a switch that requires sign-in for sending, turn it on.'),
    ],
    port: [
      en(
        'Set the security type to **STARTTLS** with port **{submissionPort}**, or **SSL/TLS** with port {implicitTlsPort}.',
      ),
    ],
    readd: [
      en('In the phone’s **Settings** › **Accounts** (or **Passwords & accounts**), remove the account.'),
      en(
        'In Gmail, choose **Add another account** › **Other**, and choose manual setup to enter the server details.',
      ),
    ],
  },
  'samsung-email': {
    open: [
      en('In Samsung Email, open the menu › the gear icon (**Settings**) and tap the account.'),
      en('Tap **Server settings** and find the outgoing server section.'),
    ],
    auth: [
      en(
        'Turn on the option that requires authentication (sign-in) before sending; its wording varies between versions.',
      ),
      en('Fill in your user name (usually your full email address) and password.'),
    ],
    port: [
      en(
        'Set **Security type** to **STARTTLS** with **Port** {submissionPort}, or **SSL/TLS** with port {implicitTlsPort}.',
      ),
    ],
    readd: [
      en('In the account’s settings, choose **Remove**.'),
      en('Add it again with **Add account** › **Other**, and choose manual setup.'),
    ],
  },
  other: {
    open: [
      en(
        'Open the app’s account settings and look for the **outgoing server**, also called **SMTP** or **outgoing mail server**. On some apps it is under **Advanced**.',
      ),
    ],
    auth: [
      en('Turn on the option that makes the outgoing server require authentication, sign-in or a password.'),
      en(
        'Use the same user name and password as for incoming mail; the user name is usually your full email address.',
      ),
    ],
    port: [
      en(
        'Set the outgoing port to **{submissionPort}** with **STARTTLS**, or {implicitTlsPort} with **SSL/TLS**.',
      ),
    ],
    readd: [
      en('Remove the account from the app.'),
      en('Add it again, choosing manual setup so you can enter the server details yourself.'),
    ],
  },
}

/**
 * Numbered steps for each app, built from its guide, each shown only when that app was picked; the
 * generic version shows for "another app" and when no app was picked.
 */
export function stepsPerApp(
  build: (guide: AppGuide) => readonly Text[],
  after: readonly Text[] = [],
  onlyIf: readonly FactCondition[] = [],
): Block[] {
  return [
    ...APPS.map(
      (app): Block => ({
        kind: 'steps',
        items: [...build(GUIDES[app]), ...after],
        when: [{ fact: 'app', in: [app] }, ...onlyIf],
      }),
    ),
    {
      kind: 'steps',
      items: [...build(GUIDES.other), ...after],
      when: [{ fact: 'app', notIn: APPS }, ...onlyIf],
    },
  ]
}
