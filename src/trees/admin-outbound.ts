import { en } from '@/engine/text.ts'
import {
  authenticatedSendTest,
  backupFirst,
  cpanelUpdatePreferences,
  dovecotSocket,
  fixedOrNot,
  implicitTlsProbe,
  neverOpenNetworks,
  openRelayTest,
  panelRewritesConfig,
  postfixBackup,
  postfixReload,
  starttlsProbe,
  testServerHabit,
} from './admin-blocks.ts'
import { defineBranch } from './node-ids.ts'

/**
 * Admin branch, outgoing side: the server (or service) refuses to relay for its own users or devices.
 * One sub-path per platform; they end in shared outcomes defined in `admin.ts`.
 */
/** The ids of the admin outbound sub-paths; a new node is added here and in `adminOutboundNodes`. */
export type AdminOutboundId =
  | 'ad-pf-log'
  | 'ad-pf-submission'
  | 'ad-pf-order'
  | 'ad-pf-sasl'
  | 'ad-pf-update'
  | 'ad-cp-log'
  | 'ad-exim-auth'
  | 'ad-cp-tls'
  | 'ad-pop-before-smtp'
  | 'ad-cp-update'
  | 'ad-pl-mode'
  | 'ad-pl-set-auth'
  | 'ad-pl-who'
  | 'ad-pl-poplocks'
  | 'ad-pl-repair'
  | 'ad-ex-clients'
  | 'ad-ex-587'
  | 'ad-ex-auth'
  | 'ad-ex-anon'
  | 'ad-m365-code'
  | 'ad-m365-smtpauth'
  | 'ad-m365-device'
  | 'ad-m365-connector'
  | 'ad-google-relay'
  | 'ad-other-mta'
  | 'ad-dev-mta'

export const adminOutboundNodes = defineBranch<AdminOutboundId>({
  // ── Postfix ────────────────────────────────────────────────────────────────────────────────
  'ad-pf-log': {
    kind: 'question',
    title: en('What does the Postfix log show for a refused attempt?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Ask one user to send a test message to an outside address and note the time. Then look at the log lines from that moment.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en('Debian and Ubuntu: `/var/log/mail.log`.'),
          en('Red Hat, AlmaLinux, Rocky Linux and Plesk: `/var/log/maillog`.'),
          en("Systems that keep only the systemd journal: `journalctl -u 'postfix*' --since '1 hour ago'`."),
        ],
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Finds refusals, failed sign-ins, upgrade notices and lookup errors (use your log file). A line at the time of the test tells you which answer below fits; no line at all means the test never reached this server.',
        ),
        code: "grep -E 'Relay access denied|authentication failed|backwards-compatible|lookup failure|configuration error' /var/log/mail.log | tail -n 20",
      },
      {
        kind: 'code',
        language: 'log',
        caption: en(
          'Examples of what to look for: a signed-in user (good), a refusal without sign-in, a failed sign-in, and an upgrade notice',
        ),
        code: [
          'postfix/submission/smtpd[1187]: 3F2A1C0B4D: client=unknown[198.51.100.23], sasl_method=PLAIN, sasl_username=dave@example.com',
          'postfix/smtpd[2101]: NOQUEUE: reject: RCPT from unknown[198.51.100.23]: 554 5.7.1 <carol@remote.example>: Relay access denied; from=<dave@example.com> to=<carol@remote.example> proto=ESMTP helo=<laptop>',
          'postfix/smtpd[2101]: warning: unknown[198.51.100.23]: SASL LOGIN authentication failed: UGFzc3dvcmQ6',
          'postfix/smtpd[2101]: using backwards-compatible default setting "smtpd_relay_restrictions = (empty)" to avoid "Relay access denied" error for recipient "carol@remote.example" from client "unknown[198.51.100.23]"',
        ].join('\n'),
      },
      panelRewritesConfig,
    ],
    answers: [
      {
        key: 'no-auth',
        label: en('`Relay access denied`, and no `sasl_username` for that client'),
        hint: en('The client never signed in.'),
        next: 'ad-pf-submission',
        facts: { serverLog: 'relay-no-auth' },
      },
      {
        key: 'sasl-failed',
        label: en('`SASL … authentication failed` warnings'),
        hint: en('The client tried to sign in, and the sign-in failed.'),
        next: 'ad-pf-sasl',
        facts: { serverLog: 'sasl-failed' },
      },
      {
        key: 'authed-refused',
        label: en('The user signed in (`sasl_username=`) and was still refused'),
        next: 'ad-pf-order',
        facts: { serverLog: 'auth-then-refused' },
      },
      {
        key: 'after-upgrade',
        label: en(
          'It started after an upgrade, or the log says `using backwards-compatible default setting`',
        ),
        next: 'ad-pf-update',
        facts: { serverLog: 'compat-notice', change: 'update' },
      },
      {
        key: 'not-owned',
        label: en('`Sender address rejected: not owned by user`'),
        hint: en('The user signed in, but sends as an address their login may not use.'),
        next: 'ad-sender-login',
        facts: { serverLog: 'sender-not-owned' },
      },
      {
        key: 'rbl-own-users',
        label: en('Our own users refused as `blocked using` a blocklist'),
        hint: en('Users on home or mobile connections, before or after signing in.'),
        next: 'ad-pf-submission',
        facts: { serverLog: 'rbl-own-users' },
      },
      {
        key: 'lookup',
        label: en('`Temporary lookup failure` or `Server configuration error`'),
        hint: en('Usually answered with 451 4.3.0 or 451 4.3.5.'),
        next: 'ad-lookup-failure',
        facts: { serverLog: 'lookup-failure' },
      },
    ],
  },
  'ad-pf-submission': {
    kind: 'step',
    title: en('Offer sign-in on the submission ports (587 and 465)'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The refused clients never signed in. Either the server does not offer sign-in (SMTP AUTH) to them, or their apps do not use it. First check what a mail app sees:',
        ),
      },
      starttlsProbe('mail.example.com'),
      implicitTlsProbe,
      {
        kind: 'paragraph',
        text: en(
          'If port 587 or 465 does not answer or lists no `AUTH`, set up the two submission services. They accept mail only from users who signed in over an encrypted connection, and keep port 25 for other servers.',
        ),
      },
      backupFirst,
      postfixBackup,
      {
        kind: 'code',
        language: 'config',
        caption: en(
          'In `/etc/postfix/master.cf` (many systems ship these lines commented out): the two submission services. Both relay only for signed-in users. The `-o` lines replace only the settings they name: the recipient checks are emptied here, but client, HELO and sender checks from `main.cf` still apply. A blocklist or reverse-DNS check there refuses users on home and mobile networks, so empty those lists here too (as in Postfix’s own sample). `postconf -P` shows what each service really uses.',
        ),
        code: [
          'submission inet n       -       n       -       -       smtpd',
          '  -o syslog_name=postfix/submission',
          '  -o smtpd_tls_security_level=encrypt',
          '  -o smtpd_sasl_auth_enable=yes',
          '  -o smtpd_tls_auth_only=yes',
          '  -o smtpd_client_restrictions=',
          '  -o smtpd_helo_restrictions=',
          '  -o smtpd_sender_restrictions=',
          '  -o smtpd_recipient_restrictions=',
          '  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject',
          'submissions inet n      -       n       -       -       smtpd',
          '  -o syslog_name=postfix/submissions',
          '  -o smtpd_tls_wrappermode=yes',
          '  -o smtpd_sasl_auth_enable=yes',
          '  -o smtpd_client_restrictions=',
          '  -o smtpd_helo_restrictions=',
          '  -o smtpd_sender_restrictions=',
          '  -o smtpd_recipient_restrictions=',
          '  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject',
        ].join('\n'),
      },
      {
        kind: 'code',
        language: 'config',
        caption: en(
          'In `/etc/postfix/main.cf`: pass sign-ins to Dovecot, and keep a general relay rule that lets signed-in users through before it refuses strangers. Both services also need a TLS certificate (`smtpd_tls_cert_file` and `smtpd_tls_key_file`).',
        ),
        code: [
          'smtpd_sasl_type = dovecot',
          'smtpd_sasl_path = private/auth',
          'smtpd_sasl_security_options = noanonymous',
          'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination',
          'mynetworks = 127.0.0.0/8 [::1]/128',
        ].join('\n'),
      },
      dovecotSocket,
      postfixReload,
      {
        kind: 'paragraph',
        text: en(
          'Repeat the `openssl` check, then test a real sign-in. Users’ apps must use port 587 with STARTTLS or 465 with SSL/TLS, with outgoing sign-in turned on.',
        ),
      },
      authenticatedSendTest,
      neverOpenNetworks,
    ],
    answers: [
      ...fixedOrNot('ad-resolved', 'ad-pf-order'),
      {
        key: 'apps-not-signing-in',
        label: en('The test signs in and is accepted, but users’ apps still fail'),
        next: 'ad-apps-sign-in',
        facts: { authTest: 'works' },
      },
    ],
  },
  'ad-pf-order': {
    kind: 'step',
    title: en('Put the sign-in rule ahead of the relay refusal'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Postfix reads each restriction list from left to right and stops at the first rule that decides. If `reject_unauth_destination` (or `defer_unauth_destination`) comes before `permit_sasl_authenticated`, users who signed in are refused like strangers.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Shows the rules in force: in `main.cf`, and the overrides each service sets in `master.cf`. Good: `permit_sasl_authenticated` before the refusal in every list that applies to the port your users reach. Bad: the refusal first, or a service override without `permit_sasl_authenticated`.',
        ),
        code: [
          'postconf smtpd_client_restrictions smtpd_helo_restrictions smtpd_sender_restrictions',
          'postconf smtpd_relay_restrictions smtpd_recipient_restrictions smtpd_sasl_auth_enable smtpd_tls_auth_only',
          "postconf -P | grep -E 'restrictions|sasl|tls_auth_only'",
        ].join('\n'),
      },
      {
        kind: 'code',
        language: 'config',
        caption: en(
          'A correct general rule in `main.cf`. Since Postfix 2.10, relay rules belong in `smtpd_relay_restrictions`, and `smtpd_recipient_restrictions` holds the anti-spam checks.',
        ),
        code: 'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination',
      },
      {
        kind: 'bullets',
        items: [
          en(
            'Older setups keep everything in `smtpd_recipient_restrictions`. A message must pass both lists, so the sign-in rule has to come first in each list that refuses relaying.',
          ),
          en(
            'The client, HELO and sender lists count too: one that ends in a plain `reject` (some container images ship one) turns away signed-in users with **Client host rejected** unless `permit_sasl_authenticated` comes before it.',
          ),
          en(
            'An `-o` override on a service in `master.cf` wins over `main.cf` for that port. Check that users really reach the service you think: log lines from the submission service start with `postfix/submission/smtpd`.',
          ),
          en(
            '`permit_sasl_authenticated` only matches after a sign-in: the service needs `smtpd_sasl_auth_enable=yes`, and with `smtpd_tls_auth_only=yes` the app must start TLS first.',
          ),
        ],
      },
      backupFirst,
      postfixReload,
      authenticatedSendTest,
      neverOpenNetworks,
      panelRewritesConfig,
    ],
    answers: fixedOrNot('ad-resolved', 'ad-not-applied'),
  },
  'ad-pf-sasl': {
    kind: 'step',
    title: en('Repair the sign-in path between Postfix and Dovecot'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Users try to sign in and fail. If everyone fails, the link between Postfix and Dovecot, or the user database behind Dovecot, is usually broken. If only some users fail, look at their passwords first.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Checks that Dovecot’s sign-in socket is where Postfix looks for it. Good: a line starting with `srw-rw----` and owned by `postfix`. Bad: `No such file or directory`, or another owner.',
        ),
        code: 'ls -l /var/spool/postfix/private/auth',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Tests one user’s password against Dovecot directly (it asks for the password). Good: `auth succeeded`. Bad: `auth failed`, which points at the password or the user database.',
        ),
        code: 'doveadm auth test dave@example.com',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Shows Dovecot’s recent errors, for example a user database (SQL or LDAP) it cannot reach. Good: nothing about auth.',
        ),
        code: "journalctl -u dovecot --since '1 hour ago' | grep -iE 'error|fatal|auth'",
      },
      {
        kind: 'bullets',
        items: [
          en(
            'Socket missing or owned by someone else: add the listener below to Dovecot, reload it, and check that `smtpd_sasl_path = private/auth` and `smtpd_sasl_type = dovecot` are set in `main.cf`.',
          ),
          en(
            'Socket missing although the listener is there: Dovecot may not be running at all. An error in its configuration (for example a setting the installed version no longer knows) stops it at start; `doveconf -n` prints that error. Fix it, then start Dovecot.',
          ),
          en(
            '`doveadm` fails for every user: the password database is down or unreadable; start with the Dovecot errors above.',
          ),
          en(
            '`doveadm` works but the app fails: compare the user name the app sends (often the full address) with what Dovecot expects, set by `auth_username_format`.',
          ),
        ],
      },
      dovecotSocket,
    ],
    answers: [
      ...fixedOrNot('ad-resolved', 'ad-ask-vendor'),
      {
        key: 'only-some-users',
        label: en('Only some users fail, and their passwords are the problem'),
        next: 'ad-apps-sign-in',
        facts: { authTest: 'works' },
      },
    ],
  },
  'ad-pf-update': {
    kind: 'step',
    title: en('Undo what the Postfix upgrade changed'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Upgrades can change defaults and replace configuration files. For a while Postfix keeps the old behaviour and logs a notice each time that saves a message. Once `compatibility_level` is raised, the notices stop and those messages are refused.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Shows the version and compatibility level, then counts the notices per setting (use your log file). Good: no notices. Each line names a setting the server still depends on.',
        ),
        code: [
          'postconf mail_version compatibility_level',
          "grep 'backwards-compatible default setting' /var/log/mail.log | grep -oE 'setting \"?[a-z_]+' | tr -d '\"' | sort | uniq -c",
        ].join('\n'),
      },
      {
        kind: 'bullets',
        items: [
          en(
            '`smtpd_relay_restrictions` (left empty): the old configuration relied on `smtpd_recipient_restrictions` alone. Move the relay rules into `smtpd_relay_restrictions` (sign-in before the refusal), or set it empty on purpose.',
          ),
          en(
            '`mynetworks_style` (`subnet`): the old server trusted its whole local subnet. List the hosts that really need to relay in `mynetworks` instead.',
          ),
          en(
            '`relay_domains` (`$mydestination`): the old server relayed for its own destination domains. Set `relay_domains` explicitly if a backup MX or gateway relies on it.',
          ),
        ],
      },
      {
        kind: 'paragraph',
        text: en(
          'Package upgrades sometimes leave the new default files next to yours instead of overwriting them, or the other way round. Compare before you change anything:',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Lists files the package manager set aside (Debian and Ubuntu: `.dpkg-dist` and `.dpkg-old`; Red Hat family: `.rpmnew` and `.rpmsave`), then compares your last backup with the live file. Any difference in the relay, SASL or TLS settings is a suspect.',
        ),
        code: [
          'ls /etc/postfix/*.dpkg-* /etc/postfix/*.rpmnew /etc/postfix/*.rpmsave 2>/dev/null',
          'diff -u /path/to/backup/main.cf /etc/postfix/main.cf',
        ].join('\n'),
      },
      backupFirst,
      postfixReload,
      panelRewritesConfig,
      testServerHabit,
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor-update'),
  },

  // ── Exim and cPanel/WHM ───────────────────────────────────────────────────────────────────
  'ad-cp-log': {
    kind: 'question',
    title: en('What does the Exim log show for a refused attempt?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'On cPanel servers Exim writes to `/var/log/exim_mainlog`, and refusals also go to `/var/log/exim_rejectlog`. IMAP and POP sign-ins (Dovecot) are in `/var/log/maillog`. Elsewhere the Exim log directory is often `/var/log/exim` or `/var/log/exim4`.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Finds recent relay refusals. A line at the time of a test message tells you which answer below fits.',
        ),
        code: "grep -E 'relay not permitted|turn on SMTP Authentication|SMTP AUTH is required' /var/log/exim_mainlog | tail -n 20",
      },
      {
        kind: 'code',
        language: 'log',
        caption: en(
          'Examples: a refused client that did not sign in, and an accepted message from a signed-in user (note `A=`, the sign-in method and user)',
        ),
        code: [
          '2024-05-01 10:02:11 H=(laptop) [198.51.100.23]:51544 F=<dave@example.com> rejected RCPT <carol@remote.example>: relay not permitted',
          '2024-05-01 10:04:37 1sAbCd-0003xy-Qz <= dave@example.com H=(laptop) [198.51.100.23]:51602 P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_login:dave@example.com S=1843',
        ].join('\n'),
      },
    ],
    answers: [
      {
        key: 'relay-no-auth',
        label: en('`relay not permitted`, or the text “Please turn on SMTP Authentication”'),
        next: 'ad-exim-auth',
        facts: { serverLog: 'relay-no-auth' },
      },
      {
        key: 'tls-required',
        label: en('`SMTP AUTH is required for message submission on port 587`'),
        next: 'ad-cp-tls',
        facts: { serverLog: 'auth-requires-tls' },
      },
      {
        key: 'pop-users',
        label: en('Only users who check mail before sending (POP-before-SMTP) fail'),
        next: 'ad-pop-before-smtp',
        facts: { affected: 'pop-users' },
      },
      {
        key: 'after-update',
        label: en('It started after the nightly cPanel update'),
        hint: en('Mail worked in the evening and failed in the morning.'),
        next: 'ad-cp-update',
        facts: { change: 'update' },
      },
    ],
  },
  'ad-exim-auth': {
    kind: 'step',
    title: en('Check that Exim offers sign-in, and check its relay rules'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Exim relays only for hosts in `relay_from_hosts` and for clients that signed in. The usual configuration offers sign-in only after TLS has started, so an app that skips STARTTLS never sees it and is refused.',
        ),
      },
      starttlsProbe('mail.example.com'),
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Run as root on the server: asks Exim whether a given client address may send to an outside recipient. Good for an unknown address: a rejection mentioning `relay not permitted`, so you are not an open relay. If a host that must relay is refused, let it sign in or add it to `relay_from_hosts`.',
        ),
        code: 'exim_checkaccess 198.51.100.23 test@remote.example',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Plays through a whole SMTP session as if it came from that address, without delivering anything, and prints each ACL decision. Type `EHLO test`, `MAIL FROM:<dave@example.com>`, `RCPT TO:<test@remote.example>`, then `QUIT`. Good for an unknown address: the outside recipient is refused. Bad: it is accepted (open relay), or refused for a host that must relay.',
        ),
        code: 'exim -bh 198.51.100.23',
      },
      {
        kind: 'bullets',
        items: [
          en(
            'cPanel: change Exim only in WHM’s **Exim Configuration Manager** (the Basic Editor for the usual switches, the Advanced Editor for your own ACL lines). cPanel rebuilds `/etc/exim.conf`, so direct edits there are lost.',
          ),
          en(
            'Users must send on port 587 with STARTTLS or 465 with SSL/TLS, with outgoing sign-in on and their full email address as user name.',
          ),
          en(
            'Plain Exim: check `hostlist relay_from_hosts`, the `accept authenticated = *` line in the RCPT ACL, and the `begin authenticators` section. Restart Exim after a change (on cPanel: `/scripts/restartsrv_exim`).',
          ),
        ],
      },
      authenticatedSendTest,
      neverOpenNetworks,
    ],
    answers: [
      ...fixedOrNot('ad-resolved', 'ad-not-applied'),
      {
        key: 'apps-not-signing-in',
        label: en('Sign-in is offered and works; users’ apps just don’t use it'),
        next: 'ad-apps-sign-in',
        facts: { authTest: 'works' },
      },
    ],
  },
  'ad-cp-tls': {
    kind: 'step',
    title: en('Have mail apps start TLS before they sign in'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Port 587 is only for users who sign in, and this server offers sign-in only once the connection is encrypted. A client that does not start TLS therefore cannot sign in, and is refused. The server is protecting your users’ passwords: fix the clients, not the server.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en(
            'In each affected app, set the outgoing server to port 587 with **STARTTLS**, or 465 with **SSL/TLS**, and turn outgoing sign-in on.',
          ),
          en(
            'Use a server name that matches the server’s certificate, so the app accepts the encrypted connection.',
          ),
          en(
            'Leave the WHM option that requires TLS before sign-in switched on (Exim Configuration Manager, Basic Editor; its exact label varies between cPanel versions). Switching it off sends passwords in clear text.',
          ),
        ],
      },
      starttlsProbe('mail.example.com'),
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-pop-before-smtp': {
    kind: 'step',
    title: en('Move users off POP-before-SMTP'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'With POP-before-SMTP the server lets an IP address relay for a while after someone from that address has checked mail. It fails when the helper that records those addresses stops, when the time window runs out, and whenever a phone or laptop changes network between checking and sending.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'cPanel: the option is in WHM’s **Tweak Settings** (it mentions POP-before-SMTP), and the helper is `antirelayd`, a part of tailwatchd that WHM’s **Service Manager** lists. If users depend on it today, check that it is enabled.',
          ),
          en('Plesk: the same idea is the **POP3** box under relaying, with its lock time.'),
        ],
      },
      {
        kind: 'paragraph',
        text: en(
          'The lasting fix is sign-in (SMTP authentication): it is checked on every connection, from any network. Then switch POP-before-SMTP off:',
        ),
      },
      {
        kind: 'steps',
        items: [
          en(
            'Tell users to turn on outgoing sign-in in their apps (port 587 with STARTTLS or 465 with SSL/TLS, same user name and password as for incoming mail).',
          ),
          en('Watch the log for a week for users who still send without signing in, and help them.'),
          en('Switch POP-before-SMTP off.'),
        ],
      },
      authenticatedSendTest,
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-cp-update': {
    kind: 'step',
    title: en('Find and undo what the nightly cPanel update changed'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'By default cPanel updates itself every night (the `upcp` script, started by cron), and an update may rebuild the Exim configuration. If mail broke overnight, compare the time of the first refusal with the time of the last update.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Lists the newest update logs (their names carry the start time), then the earliest refusals in the current Exim log. Suspicious: the first refusal comes shortly after an update.',
        ),
        code: [
          'ls -lt /var/cpanel/updatelogs/ | head -n 5',
          "grep -E 'relay not permitted|turn on SMTP Authentication' /var/log/exim_mainlog | head -n 3",
        ].join('\n'),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Asks cPanel to check the Exim configuration and repair what it can. Good: it reports the configuration as valid. Otherwise it says what it found.',
        ),
        code: 'whmapi1 exim_configuration_check',
      },
      {
        kind: 'steps',
        items: [
          en(
            'In WHM open **Exim Configuration Manager**. If it shows a notice that your customised configuration could not be merged during the update, write down your custom ACLs and settings before anything else.',
          ),
          en(
            'Compare the Basic Editor’s relay, authentication and TLS options with your notes or your test server.',
          ),
          en(
            'One change to keep: if sign-in now needs an encrypted connection first (apps get an “SMTP AUTH is required” refusal), do not turn that off. Set the mail apps to STARTTLS on port 587 or SSL/TLS on port 465 instead.',
          ),
          en(
            'If the update changed them, restore the configuration saved before the update with the manager’s backup and restore functions, or reset it and enter your customisations again in the Advanced Editor. Never edit `/etc/exim.conf` directly: cPanel rebuilds it.',
          ),
          en(
            'Restart Exim with `/scripts/restartsrv_exim`, and test with `exim_checkaccess` or a real message.',
          ),
        ],
      },
      {
        kind: 'paragraph',
        text: en(
          'If the update broke a standard configuration, a later build may fix it: read cPanel’s release notes, and tell your licence provider or cPanel support, since other servers will be hit too.',
        ),
      },
      authenticatedSendTest,
      testServerHabit,
      cpanelUpdatePreferences,
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor-update'),
  },

  // ── Plesk ─────────────────────────────────────────────────────────────────────────────────
  'ad-pl-mode': {
    kind: 'question',
    title: en('How is relaying set in Plesk?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Open **Tools & Settings** › **Mail Server Settings** and find **Relaying**. The options read roughly as follows (labels vary a little between Plesk versions):',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en('**closed**: nobody may send to outside addresses, except networks on the white list.'),
          en(
            '**authorization is required**: users prove who they are by signing in (**SMTP**), by checking mail first (**POP3**, for a lock time), or either.',
          ),
          en('**open relay**: never use it; anyone could send spam through your server.'),
        ],
      },
    ],
    answers: [
      { key: 'closed', label: en('Closed'), next: 'ad-pl-set-auth', facts: { relayMode: 'closed' } },
      {
        key: 'pop3-only',
        label: en('Authorization is required, with only POP3 ticked'),
        next: 'ad-pl-set-auth',
        facts: { relayMode: 'pop3-only' },
      },
      {
        key: 'smtp',
        label: en('Authorization is required, with SMTP ticked'),
        next: 'ad-pl-who',
        facts: { relayMode: 'smtp' },
      },
    ],
  },
  'ad-pl-set-auth': {
    kind: 'step',
    title: en('Require SMTP sign-in for relaying in Plesk'),
    body: [
      {
        kind: 'steps',
        items: [
          en(
            'In **Tools & Settings** › **Mail Server Settings**, set **Relaying** to **authorization is required**.',
          ),
          en(
            'Tick **SMTP**. Tick **POP3** as well only while some users cannot sign in to send yet: it lets an address relay for the lock time after a mail check.',
          ),
          en(
            'Check the **White List**: it should hold only the server itself and networks you fully trust, never `0.0.0.0/0`.',
          ),
          en(
            'Make sure message submission on port 587 is on (an option on the same page in most versions), then save.',
          ),
          en(
            'Tell users to turn on outgoing sign-in in their mail apps, with port 587 and STARTTLS or 465 and SSL/TLS.',
          ),
        ],
      },
      openRelayTest,
    ],
    answers: fixedOrNot('ad-resolved', 'ad-pl-who'),
  },
  'ad-pl-who': {
    kind: 'question',
    title: en('Who is refused on the Plesk server?'),
    answers: [
      {
        key: 'pop3-users',
        label: en('Only users who rely on POP3 authorization, all at once'),
        hint: en('Users whose apps sign in to send still work.'),
        next: 'ad-pl-poplocks',
        facts: { affected: 'pop-users' },
      },
      {
        key: 'after-update',
        label: en('Everyone, since a Plesk update or a change of mail server software'),
        next: 'ad-pl-repair',
        facts: { change: 'update' },
      },
      {
        key: 'everyone',
        label: en('Everyone, with no recent change (Plesk for Linux with Postfix)'),
        next: 'ad-pf-log',
      },
    ],
  },
  'ad-pl-poplocks': {
    kind: 'step',
    title: en('Check and repair Plesk’s POP3 lock table'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'With POP3 authorization, Plesk notes the IP address of each user who has just checked mail in a table of its `psa` database, `smtp_poplocks`, and lets those addresses relay for the lock time. If the table is damaged, no address is noted, so every user who relies on it is refused at the same moment, while users who sign in to send carry on.',
        ),
      },
      {
        kind: 'warning',
        text: en(
          'This repair comes from administrators’ field reports, not from a Plesk manual. Save a copy of the `psa` database first, and if you are unsure, ask Plesk support before you repair anything.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Saves the Plesk database to a file before any repair (it asks for the database `admin` password). Good: the file is created and is not empty.',
        ),
        code: 'mysqldump -uadmin -p psa > /root/psa-before-repair.sql',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Checks the table without changing it. Good: `psa.smtp_poplocks OK`. Bad: a message about an error, a crash or corruption.',
        ),
        code: 'mysqlcheck -c psa smtp_poplocks -uadmin -p',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Repairs the table; run it only if the check found a problem. Good: `OK` at the end. Repair works for MyISAM and Aria tables; for InnoDB, mysqlcheck only says that the storage engine does not support repair.',
        ),
        code: 'mysqlcheck -r psa smtp_poplocks -uadmin -p',
      },
      {
        kind: 'tip',
        text: en(
          'On Plesk for Linux the password of the database user `admin` is usually kept in `/etc/psa/.psa.shadow`. Check your Plesk version’s documentation.',
        ),
      },
      {
        kind: 'paragraph',
        text: en(
          'Then ask a POP3 user to check mail and send straight away. In the long run, move everyone to SMTP sign-in: it depends neither on this table nor on the user’s network.',
        ),
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-plesk'),
  },
  'ad-pl-repair': {
    kind: 'step',
    title: en('Let Plesk rebuild its mail configuration'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Plesk generates the mail server’s configuration from its own database. After an upgrade, or a switch between mail server software, the files can drift away from what the panel shows. Plesk’s repair tooling rebuilds them.',
        ),
      },
      {
        kind: 'warning',
        text: en(
          'Take a backup first (at least the `psa` database and the mail server’s configuration directory): repair tools rewrite configuration files.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Plesk for Linux: checks the mail configuration and offers to fix what it finds. Check your Plesk version’s documentation for this command first.',
        ),
        code: 'plesk repair mail',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Plesk for Windows (in an administrator command prompt): checks the mail server’s settings and restores them from the Plesk database. Keep its stronger `--fix-all` mode as a last resort.',
        ),
        code: '"%plesk_dir%admin\\bin\\mchk.exe" --all',
      },
      {
        kind: 'steps',
        items: [
          en(
            'Open **Mail Server Settings** again and check **Relaying**: an upgrade or a repair can reset it.',
          ),
          en('Send a test message and read the log (`/var/log/maillog` on Linux).'),
        ],
      },
      testServerHabit,
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-plesk'),
  },

  // ── Microsoft Exchange Server ──────────────────────────────────────────────────────────────
  'ad-ex-clients': {
    kind: 'question',
    title: en('How do the refused clients reach Exchange?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Exchange Server takes mail from users who sign in on the **Client Frontend** receive connector (port 587), and mail from other servers, for your own domains only, on **Default Frontend** (port 25). A client that sends on port 25 without signing in may write only to your own domains; outside addresses are refused, often with `5.7.54` and the words **Unable to relay** (the wording varies between versions).',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'In the Exchange Management Shell: lists every receive connector with its port, sign-in methods, permission groups and allowed client addresses. Good: a client connector on port 587 and an internet-facing one on port 25, neither with relay rights for everyone.',
        ),
        code: 'Get-ReceiveConnector | Format-List Identity,Bindings,AuthMechanism,PermissionGroups,RemoteIPRanges',
      },
    ],
    answers: [
      {
        key: 'apps-port-25',
        label: en('Mail apps send on port 25 without signing in'),
        next: 'ad-ex-587',
        facts: { exClients: 'port25' },
      },
      {
        key: 'devices',
        label: en('Printers, scanners or applications that cannot sign in'),
        next: 'ad-ex-anon',
        facts: { exClients: 'devices' },
      },
      {
        key: 'apps-587',
        label: en('Apps sign in on port 587 and are still refused'),
        next: 'ad-ex-auth',
        facts: { exClients: 'auth-587' },
      },
    ],
  },
  'ad-ex-587': {
    kind: 'step',
    title: en('Point mail apps at the Client Frontend connector on port 587'),
    body: [
      {
        kind: 'steps',
        items: [
          en(
            'In each app, set the outgoing server to the Exchange host name that matches its certificate, port 587, STARTTLS, and sign-in with the mailbox’s user name and password.',
          ),
          en(
            'Do not give the Default Frontend connector relay rights to make apps work on port 25: it faces the internet.',
          ),
        ],
      },
      starttlsProbe('mail.example.com'),
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ex-auth'),
  },
  'ad-ex-auth': {
    kind: 'step',
    title: en('Check the Client Frontend connector and the sign-in'),
    body: [
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Shows the client connector. Good: a binding on port 587, `AuthMechanism` with `Tls`, `BasicAuth` and `BasicAuthRequireTLS`, and `PermissionGroups` with `ExchangeUsers`.',
        ),
        code: 'Get-ReceiveConnector "Client Frontend*" | Format-List Identity,Bindings,AuthMechanism,PermissionGroups',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Turns on detailed protocol logging for that connector, so a failed attempt shows whether the client signed in. The logs are in the Exchange installation folder, under TransportRoles › Logs › FrontEnd › ProtocolLog › SmtpReceive. Set it back to `None` when done.',
        ),
        code: 'Get-ReceiveConnector "Client Frontend*" | Set-ReceiveConnector -ProtocolLoggingLevel Verbose',
      },
      {
        kind: 'bullets',
        items: [
          en(
            'Sign-in refused: check the account (locked, password expired) and the user name format the app sends (full address or DOMAIN\\user).',
          ),
          en(
            'Signed in but refused: compare the connector’s settings with a freshly installed server’s defaults.',
          ),
        ],
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-ex-anon': {
    kind: 'step',
    title: en('Create a dedicated relay connector for devices'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Devices that cannot sign in need a receive connector of their own that accepts only their IP addresses. Leave the default connectors as they are.',
        ),
      },
      {
        kind: 'warning',
        text: en(
          'List only the exact device addresses in `RemoteIPRanges`. Everything on that list may relay to any address without signing in.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'In the Exchange Management Shell: creates the connector on server EX01 for two device addresses, lets anonymous senders in, and grants them relay. Replace the server name and addresses with yours.',
        ),
        code: [
          'New-ReceiveConnector -Name "Device relay" -Server EX01 -TransportRole FrontendTransport -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 192.0.2.10,192.0.2.11',
          'Set-ReceiveConnector "EX01\\Device relay" -PermissionGroups AnonymousUsers',
          'Get-ReceiveConnector "EX01\\Device relay" | Add-ADPermission -User "NT AUTHORITY\\ANONYMOUS LOGON" -ExtendedRights "Ms-Exch-SMTP-Accept-Any-Recipient"',
        ].join('\n'),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Run from the device’s address (or a machine given that address): tries relaying to an outside recipient and stops before sending. Good: `250` after `RCPT TO`. Bad: `5.7.54` or `Unable to relay`: the connection did not land on the new connector.',
        ),
        code: 'swaks --server ex01.example.com --port 25 --from scanner@example.com --to test@remote.example --quit-after RCPT',
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },

  // ── Microsoft 365 ─────────────────────────────────────────────────────────────────────────
  'ad-m365-code': {
    kind: 'question',
    title: en('Which code does Microsoft 365 return?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Look at the error the app or device shows, at the bounce, or at **message trace** in the Exchange admin center.',
        ),
      },
    ],
    answers: [
      {
        key: '5-7-139',
        label: en('535 5.7.139, or 550 5.7.30'),
        hint: en('SMTP AUTH is switched off, or basic authentication is no longer accepted.'),
        next: 'ad-m365-smtpauth',
        facts: { m365Code: '5.7.139' },
      },
      {
        key: '5-7-57',
        label: en('530 5.7.57: client was not authenticated'),
        next: 'ad-m365-device',
        facts: { m365Code: '5.7.57' },
      },
      {
        key: '5-7-64',
        label: en('550 5.7.64 TenantAttribution, or ATTR36'),
        hint: en('Mail from your own server through a connector is refused.'),
        next: 'ad-m365-connector',
        facts: { m365Code: '5.7.64' },
      },
      {
        key: '5-4-1',
        label: en('550 5.4.1 Relay Access Denied, reported by outside senders'),
        next: 'ad-in-mx',
        facts: { m365Code: '5.4.1', adminFlow: 'inbound' },
      },
      {
        key: '5-7-68',
        label: en('550 5.7.68 TenantInboundAttribution; Direct Send not allowed'),
        hint: en('A device or application sends to your MX host without signing in.'),
        next: 'ad-m365-device',
        facts: { m365Code: '5.7.68' },
      },
      { key: 'other', label: en('Another code, or none'), next: 'ad-ask-vendor' },
    ],
  },
  'ad-m365-smtpauth': {
    kind: 'step',
    title: en('Allow SMTP AUTH for the mailboxes that need it'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Exchange Online lets apps and devices sign in over plain SMTP (SMTP AUTH) only where it is allowed: there is a switch for the whole organisation and one per mailbox, and security defaults block it. Organisations created in recent years start with it off. Microsoft is also retiring user-name-and-password (basic) sign-in for SMTP AUTH; apps that support OAuth should use it.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'In Exchange Online PowerShell: shows the organisation-wide switch and the one for a mailbox. `True` means SMTP AUTH is off; an empty value on the mailbox means it follows the organisation.',
        ),
        code: [
          'Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled',
          'Get-CASMailbox -Identity dave@example.com | Format-List SmtpClientAuthenticationDisabled',
        ].join('\n'),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Allows SMTP AUTH for one mailbox only, which is safer than for everyone. The change can take a while to apply. Good: `Get-CASMailbox` then shows `False` for that mailbox, and the app can sign in.',
        ),
        code: 'Set-CASMailbox -Identity dave@example.com -SmtpClientAuthenticationDisabled $false',
      },
      {
        kind: 'bullets',
        items: [
          en(
            'While **security defaults** are on in Microsoft Entra ID, SMTP AUTH stays blocked. The better fix is to move the app to OAuth. Turn security defaults off only after Conditional Access policies that require multi-factor sign-in at least as strictly are in place; without them, switching off security defaults leaves every account weaker.',
          ),
          en(
            'Apps must use `smtp.office365.com`, port 587, STARTTLS with TLS 1.2 or later, and sign in with a licensed mailbox.',
          ),
          en(
            '5.7.30 means basic sign-in is no longer accepted: the app needs OAuth, or another way to send (see the device options in Microsoft’s guide).',
          ),
        ],
      },
      {
        kind: 'link',
        text: en('Microsoft: enable or disable SMTP AUTH in Exchange Online'),
        href: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
      },
      {
        kind: 'link',
        text: en('Microsoft: the current timeline for retiring basic authentication for SMTP AUTH'),
        href: 'https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835',
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-m365-device': {
    kind: 'step',
    title: en('Choose how the device or application sends through Microsoft 365'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          '5.7.57 means the sender reached `smtp.office365.com` without a successful sign-in. Microsoft offers three ways for devices and applications to send; pick the one that fits:',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            '**SMTP AUTH client submission**: `smtp.office365.com`, port 587, STARTTLS, signed in with a licensed mailbox. Reaches any address. The device must support TLS 1.2 and sign-in; one that only offers port 465 cannot use this method.',
          ),
          en(
            '**Direct send**: the device sends without signing in to your domain’s MX host (the name ending in `mail.protection.outlook.com`) on port 25. It reaches mailboxes hosted in Microsoft 365 (yours, and other organisations’ too), but not addresses elsewhere, such as Gmail. Where **RejectDirectSend** is turned on, the device gets `550 5.7.68 TenantInboundAttribution; Direct Send not allowed`.',
          ),
          en(
            '**SMTP relay with a connector**: also to the MX host on port 25, plus an inbound connector from your organisation’s mail server that recognises your static public IP address (or a certificate). Reaches outside addresses; the sender must be in one of your domains.',
          ),
        ],
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Shows what a device sees on port 587. After typing `EHLO test`, good: an `AUTH` line. Bad: no connection from the device’s network (port blocked).',
        ),
        code: 'openssl s_client -connect smtp.office365.com:587 -starttls smtp -crlf -quiet',
      },
      {
        kind: 'link',
        text: en('Microsoft: set up a device or application to send email using Microsoft 365'),
        href: 'https://learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
      },
    ],
    answers: [
      ...fixedOrNot('ad-resolved', 'ad-ask-vendor'),
      {
        key: 'smtp-auth-refused',
        label: en('The sign-in is refused with 5.7.139'),
        next: 'ad-m365-smtpauth',
        facts: { m365Code: '5.7.139' },
      },
    ],
  },
  'ad-m365-connector': {
    kind: 'step',
    title: en('Update the inbound connector that carries your server’s mail'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          '5.7.64 (TenantAttribution, or ATTR36 in hybrid setups) means mail arrived through an inbound connector that no longer recognises your sending server: its public IP address or the name on its certificate has changed.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en(
            'In the Exchange admin center, open **Mail flow** › **Connectors** and the inbound connector from your organisation’s mail server.',
          ),
          en(
            'Compare its IP addresses, or its certificate name, with your server’s current public IP address and the certificate it presents.',
          ),
          en(
            'Update the connector. In a hybrid setup, run the Hybrid Configuration Wizard again, and make sure the certificate name belongs to one of your accepted domains.',
          ),
        ],
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Run on your sending server: prints the public IP address it reaches the internet from. Good: the connector lists this address.',
        ),
        code: 'dig +short myip.opendns.com @resolver1.opendns.com',
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },

  // ── Google Workspace ──────────────────────────────────────────────────────────────────────
  'ad-google-relay': {
    kind: 'step',
    title: en('Check the Google Workspace SMTP relay settings'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Google’s relay service (`smtp-relay.gmail.com`) accepts mail only from servers and devices it can identify: by a registered IP address, by SMTP sign-in with a Workspace account, or both. It refuses others with texts such as **Mail relay denied** or **Invalid credentials for relay**.',
        ),
      },
      {
        kind: 'paragraph',
        text: en(
          'The relay service is part of Google Workspace. A sender with a personal `@gmail.com` account cannot use it: point it at `smtp.gmail.com` instead (port 587 with STARTTLS, or 465), signed in with that account and an app password.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en(
            'In the Google Admin console open **Apps** › **Google Workspace** › **Gmail** › **Routing**, and find **SMTP relay service**.',
          ),
          en('Allow only registered users or only addresses in your domains as senders, not any address.'),
          en(
            'Under authentication, add your server’s or device’s public IP addresses, and/or require SMTP authentication.',
          ),
          en(
            'Require TLS if the sender supports it. Sign-in works only over TLS; without TLS, the sender’s IP address must be registered.',
          ),
          en(
            'If you allow any sender address, or relay bounces and auto-replies (empty sender), the server must sign in or greet with one of your domains in HELO/EHLO.',
          ),
          en('Point the server or device at `smtp-relay.gmail.com`, port 587, with STARTTLS.'),
          en(
            'Have it greet with a name of its own in HELO/EHLO (your domain or its full host name), not a generic name such as `localhost` or `[127.0.0.1]`, as Google recommends. Senders that greet that way have been dropped with `421 4.7.0 Try again later, closing connection. (EHLO)`, which some apps only show as a lost connection or `EOF`.',
          ),
        ],
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Run on the sending server: tries a relay through Google and stops before sending. Good: `250` after `RCPT TO`. Bad: `Mail relay denied` or `Invalid credentials for relay`, meaning the IP address, sign-in or HELO name does not match your settings.',
        ),
        code: 'swaks --server smtp-relay.gmail.com --port 587 -tls --ehlo mail.example.com --from dave@example.com --to test@remote.example --quit-after RCPT',
      },
      {
        kind: 'link',
        text: en('Google: route outgoing SMTP relay messages through Google'),
        href: 'https://support.google.com/a/answer/2956491',
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },

  // ── Sendmail, qmail and others ────────────────────────────────────────────────────────────
  'ad-other-mta': {
    kind: 'step',
    title: en('Check who your mail server relays for'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Every mail server relays only for clients it trusts: users who signed in, and addresses on a trust list. Check both.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            '**Sendmail**: relaying is allowed by the access database (for example `Connect:192.0.2.10 RELAY`), by the relay-domains list, or by SMTP AUTH. Users should submit on port 587 (the MSA) and sign in. Rebuild the access map after each edit with `makemap hash /etc/mail/access < /etc/mail/access`.',
          ),
          en(
            '**qmail**: it accepts mail only for domains in `control/rcpthosts`, unless the connection carries `RELAYCLIENT`, usually set per IP address in the tcpserver rules or by an SMTP AUTH patch.',
          ),
          en(
            '**Other servers**: find the setting that lists trusted networks and the one that requires sign-in, and make sure sign-in is offered on port 587 (STARTTLS) and 465 (SSL/TLS).',
          ),
        ],
      },
      starttlsProbe('mail.example.com'),
      authenticatedSendTest,
      neverOpenNetworks,
    ],
    answers: [
      ...fixedOrNot('ad-resolved', 'ad-not-applied'),
      {
        key: 'apps-not-signing-in',
        label: en('Sign-in is offered and works; users’ apps just don’t use it'),
        next: 'ad-apps-sign-in',
        facts: { authTest: 'works' },
      },
    ],
  },

  // ── Devices and applications ──────────────────────────────────────────────────────────────
  'ad-dev-mta': {
    kind: 'step',
    title: en('Let the device sign in, or trust its exact address'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'A device or application that can sign in should send like a user: port 587 with STARTTLS, signed in with its own account. Only if it cannot, trust its fixed IP address, and nothing wider.',
        ),
      },
      {
        kind: 'code',
        language: 'config',
        caption: en(
          'Postfix, in `main.cf`: trusts the server itself and one printer at 192.0.2.10. Apply with `postfix reload`.',
        ),
        code: 'mynetworks = 127.0.0.0/8 [::1]/128 192.0.2.10/32',
        when: { fact: 'mailPlatform', in: ['postfix'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'Plesk: add the device’s address to the **White List** in **Tools & Settings** › **Mail Server Settings**, as a single address.',
        ),
        when: { fact: 'mailPlatform', in: ['plesk'] },
      },
      {
        kind: 'code',
        language: 'config',
        caption: en(
          'Exim: adds the printer at 192.0.2.10 to the hosts allowed to relay. On cPanel, do not edit `/etc/exim.conf` (WHM rebuilds it) or `/etc/relayhosts` (cPanel rewrites it on its own); put the address on a line of its own in `/etc/alwaysrelay`, the list that cPanel keeps.',
        ),
        code: 'hostlist relay_from_hosts = localhost : 192.0.2.10',
        when: { fact: 'mailPlatform', in: ['exim-cpanel'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'Sendmail: add `Connect:192.0.2.10 RELAY` to the access database. qmail: set `RELAYCLIENT` for that address in the tcpserver rules.',
        ),
        when: { fact: 'mailPlatform', in: ['other'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'Container mail stack: set trusted networks in the stack’s own settings (docker-mailserver: `PERMIT_DOCKER` in its environment file), recreate the container, and check with `docker exec mailserver postconf mynetworks`. An application in another container can also reach the stack on its internal address, which the stack may already trust.',
        ),
        when: { fact: 'mailPlatform', in: ['container'] },
      },
      neverOpenNetworks,
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Run from the device’s address: tries relaying to an outside recipient and stops before sending. Good: `250` after `RCPT TO`. Bad: a relay refusal, meaning the address is not trusted yet.',
        ),
        code: 'swaks --server mail.example.com --port 25 --from scanner@example.com --to test@remote.example --quit-after RCPT',
      },
    ],
    answers: [
      ...fixedOrNot('ad-resolved', 'ad-ask-vendor'),
      {
        key: 'set-to-sign-in',
        label: en('The device is set to sign in, yet the log shows no sign-in'),
        next: 'ad-dev-auth',
        loops: true,
      },
    ],
  },
})
