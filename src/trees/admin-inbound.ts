import { en } from '@/engine/text.ts'
import { backupFirst, fixedOrNot, openRelayTest, postfixReload } from './admin-blocks.ts'
import { defineBranch } from './node-ids.ts'

const eximRestart = {
  kind: 'code',
  language: 'shell',
  caption: en('Restarts Exim on cPanel so the change applies. Good: the script reports Exim as up.'),
  code: '/scripts/restartsrv_exim',
  when: { fact: 'mailPlatform', in: ['exim-cpanel'] },
} as const

const postfixOnly = { fact: 'mailPlatform', in: ['postfix', 'plesk', 'container'] } as const

/**
 * Admin branch, the other directions: outside senders refused by this server (recipient side), and
 * this server's mail refused by other servers (their anti-spam rules).
 */
/** The ids of the admin inbound sub-paths; a new node is added here and in `adminInboundNodes`. */
export type AdminInboundId =
  | 'ad-in-says'
  | 'ad-svf'
  | 'ad-svf-relax'
  | 'ad-svf-allow'
  | 'ad-svf-remote'
  | 'ad-in-mx'
  | 'ad-mx-fix'
  | 'ad-in-domains'
  | 'ad-lookup-failure'
  | 'ad-dnsbl-resolver'
  | 'ad-remote-says'
  | 'ad-rbl-check'
  | 'ad-rbl-cause'
  | 'ad-svf-ours'
  | 'ad-sender-records'
  | 'ad-their-relay'
  | 'ad-remote-ask'

export const adminInboundNodes = defineBranch<AdminInboundId>({
  // ── Outside senders are refused by this server ────────────────────────────────────────────
  'ad-in-says': {
    kind: 'question',
    title: en('What do the refused outside senders get?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Ask one sender for the bounce they received, or search your log for their address. The reason after the code tells you which check refused them.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Finds one sender’s attempts in the log (replace the address; on Exim and cPanel servers use `/var/log/exim_mainlog`). No line at all means their mail never reached this server: check the MX record.',
        ),
        code: "grep -F 'frank@remote.example' /var/log/mail.log | tail -n 20",
      },
    ],
    answers: [
      {
        key: 'sender-verify',
        label: en('Sender verify failed, unverified or undeliverable address, or Verification failed for …'),
        hint: en('Your anti-spam checks could not confirm the sender’s address.'),
        next: 'ad-svf',
        facts: { inboundSays: 'sender-verify' },
      },
      {
        key: 'relay',
        label: en('Relay access denied, relay not permitted, or a demand to sign in, for our own domain'),
        hint: en('For example 554 5.7.1, 550 5.4.1, or “Please turn on SMTP Authentication”.'),
        next: 'ad-in-mx',
        facts: { inboundSays: 'relay' },
      },
      {
        key: 'auth-required',
        label: en('Authentication required, or SMTP AUTH required, on port 25'),
        hint: en('Your server asks outside servers to sign in before it accepts mail for your users.'),
        next: 'ad-port25-auth',
        facts: { inboundSays: 'auth-required' },
      },
      {
        key: 'lookup',
        label: en('Temporary lookup failure, a configuration error or a database error'),
        next: 'ad-lookup-failure',
        facts: { inboundSays: 'lookup' },
      },
      {
        key: 'blocklist',
        label: en('“Blocked using” a blocklist, for nearly every sender'),
        next: 'ad-dnsbl-resolver',
        facts: { inboundSays: 'dnsbl' },
      },
    ],
  },
  'ad-svf': {
    kind: 'question',
    title: en('Sender verification refused them: which way out fits?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Before accepting a message, your server checks the sender’s address by asking the sender domain’s own mail server whether it would accept mail for that address (a “callout”). If that server says no, Exim refuses the message with **Sender verify failed** and Postfix with **undeliverable address**. If that server cannot be reached at all, the message is only deferred (Exim answers 451 **Could not complete sender verify callout**) and the sender’s server tries again later. The check stops some forged mail, but it also turns away real mail from servers that are merely strict or misconfigured.',
        ),
      },
      {
        kind: 'code',
        language: 'log',
        caption: en(
          'Example from an Exim log: the callout to the sender’s server got a relay refusal, so the sender’s message was refused',
        ),
        code: [
          '2024-05-01 14:05:23 H=mail.remote.example [203.0.113.40] sender verify fail for <frank@remote.example>: response to "RCPT TO:<frank@remote.example>" from mx.remote.example [203.0.113.41] was: 554 5.7.1 <frank@remote.example>: Relay access denied',
          '2024-05-01 14:05:23 H=mail.remote.example [203.0.113.40] F=<frank@remote.example> rejected RCPT <erin@example.com>: Sender verify failed',
        ].join('\n'),
      },
      {
        kind: 'code',
        language: 'log',
        caption: en('The same situation in a Postfix log, where the check is `reject_unverified_sender`'),
        code: 'postfix/smtpd[3310]: NOQUEUE: reject: RCPT from mail.remote.example[203.0.113.40]: 450 4.1.7 <frank@remote.example>: Sender address rejected: unverified address: host mx.remote.example[203.0.113.41] said: 554 5.7.1 <frank@remote.example>: Relay access denied (in reply to RCPT TO command); from=<frank@remote.example> to=<erin@example.com> proto=ESMTP helo=<mail.remote.example>',
      },
      {
        kind: 'paragraph',
        text: en(
          'Read your log first: does the same sender fail again and again, and what exactly did their server answer? Then pick one of three ways out:',
        ),
      },
    ],
    answers: [
      {
        key: 'relax',
        label: en('Relax or switch off the rule'),
        hint: en('A trusted sender keeps failing this check, and others may too.'),
        next: 'ad-svf-relax',
      },
      {
        key: 'allow-list',
        label: en('Allow-list one trusted sending server'),
        next: 'ad-svf-allow',
      },
      {
        key: 'ask-owner',
        label: en('Ask the sending server’s owner to fix their side'),
        next: 'ad-svf-remote',
      },
    ],
  },
  'ad-svf-relax': {
    kind: 'step',
    title: en('Relax the sender verification rule'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Keep anti-spam checks, but prefer those that follow the standards (RFCs): SPF, DKIM and DMARC, a valid HELO name, a resolvable sender domain. Rules stricter than the standards cost you real mail, and callouts are a common source of false alarms.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'cPanel: in WHM’s **Exim Configuration Manager**, Basic Editor, find the sender verification options and switch the callout off (the labels differ between versions).',
          ),
          en(
            'Exim: in the RCPT ACL, change `verify = sender/callout` to `verify = sender`, which still checks that the sender’s domain exists but no longer calls its server.',
          ),
          en(
            'Postfix: remove `reject_unverified_sender` from the restriction list, or first prefix it with `warn_if_reject` to log what it would refuse without refusing anything.',
          ),
        ],
      },
      backupFirst,
      { ...postfixReload, when: postfixOnly },
      eximRestart,
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-svf-allow': {
    kind: 'step',
    title: en('Allow-list the trusted sending server'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'You can exempt one sending server from the check, by its exact IP address. Use this for a server you know and trust, while its owner fixes their side.',
        ),
      },
      {
        kind: 'warning',
        text: en(
          'An allow-listed server skips these checks. If it is ever hacked and sends spam, all of that spam goes straight to your users. Allow-list single addresses only, note why and when, and review the list regularly.',
        ),
      },
      {
        kind: 'paragraph',
        text: en(
          'cPanel: in WHM’s **Exim Configuration Manager**, open **Access Lists** and add the address to **Sender verification bypass IP addresses** (the file `/etc/senderverifybypasshosts`). Only the sender check is skipped for that server; its mail still goes through every other check.',
        ),
        when: { fact: 'mailPlatform', in: ['exim-cpanel'] },
      },
      {
        kind: 'warning',
        text: en(
          'Do not use WHM’s **Trusted SMTP IP addresses** for this. Servers on that list skip the relay check as well, so an outside server listed there could send mail to anyone through yours: it would make your server an open relay for that address.',
        ),
        when: { fact: 'mailPlatform', in: ['exim-cpanel'] },
      },
      {
        kind: 'code',
        language: 'config',
        caption: en(
          'Exim: a named list of exempt hosts (in the main section), used in the RCPT ACL so listed hosts skip the callout. Keep the `!hosts` line first so the exempt host is never called back.',
        ),
        code: [
          'hostlist no_verify = 203.0.113.40',
          '',
          '# in acl_check_rcpt, in place of the existing sender callout check:',
          'deny    !hosts  = +no_verify',
          '        !verify = sender/callout',
        ].join('\n'),
        when: { fact: 'mailPlatform', in: ['exim-cpanel', 'other'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'Other platforms: look for an allow-list or bypass list in the anti-spam or sender-check settings, and add the server’s exact address there.',
        ),
        when: { fact: 'mailPlatform', notIn: ['postfix', 'plesk', 'exim-cpanel'] },
      },
      {
        kind: 'code',
        language: 'config',
        caption: en(
          'Postfix, in `main.cf`: consult a list of exempt clients just before the sender check, after the relay rules, so the exemption never opens relaying.',
        ),
        code: [
          'smtpd_recipient_restrictions =',
          '    permit_mynetworks,',
          '    permit_sasl_authenticated,',
          '    reject_unauth_destination,',
          '    check_client_access hash:/etc/postfix/verify_exempt,',
          '    reject_unverified_sender',
        ].join('\n'),
        when: postfixOnly,
      },
      {
        kind: 'code',
        language: 'config',
        caption: en(
          'Postfix, the file `/etc/postfix/verify_exempt`: one exempt address per line. Run `postmap /etc/postfix/verify_exempt` after each edit.',
        ),
        code: '203.0.113.40   OK',
        when: postfixOnly,
      },
      backupFirst,
      { ...postfixReload, when: postfixOnly },
      eximRestart,
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-svf-remote': {
    kind: 'outcome',
    verdict: 'contact-remote-admin',
    title: en('Ask the sending server’s owner to fix their side'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Their server refused your check for an address it ought to accept. Usually their mail server refuses the empty sender `<>` (which the standards require it to accept, because bounces use it), the address does not exist, or their domain’s MX records point to a server that does not handle their domain.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en(
            'Write to their postmaster (postmaster@ their domain), or to the contact on their website, and include your log lines showing the callout and their server’s answer.',
          ),
          en(
            'Until they fix it, their mail keeps being refused. If the sender matters, allow-list their server for the time being.',
          ),
        ],
      },
    ],
    ask: en(
      'Our server could not verify your sender address: your mail server refused a test for it (see the log lines). Please make sure your server accepts mail for that address, including from the empty sender <>, and that your domain’s MX records point to it.',
    ),
  },
  'ad-in-mx': {
    kind: 'question',
    title: en('Does your domain’s MX record point to this server?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Other servers deliver to whatever host your domain’s MX records name. If that host does not know your domain (an old server after a move, or a mistyped name), it treats the mail as a relay attempt and refuses it.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Shows where the world delivers mail for your domain (use your domain). Good: your current server, or your filtering service. Bad: an old server, a typo, or no answer.',
        ),
        code: 'dig +short MX example.com',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'The same question to a public resolver, with the time the answer may stay cached (the second column, in seconds). Different answers mean a change is still spreading.',
        ),
        code: 'dig +noall +answer MX example.com @1.1.1.1',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'From a machine outside your network (port 25 must not be blocked there): delivers to one of your addresses the way another server would, found through the MX record, and stops before sending. Good: `250` after `RCPT TO`. Bad: a relay refusal or a demand to sign in.',
        ),
        code: 'swaks --to erin@example.com --from test@remote.example --quit-after RCPT',
      },
    ],
    answers: [
      {
        key: 'elsewhere',
        label: en('No, it points to another or an old server'),
        next: 'ad-mx-fix',
        facts: { mxRecord: 'elsewhere' },
      },
      {
        key: 'hosting',
        label: en('It points to another service, but mail from our website or hosting server never arrives'),
        hint: en(
          'For example the MX is Google Workspace or Microsoft 365, and the site runs at a hosting company.',
        ),
        next: 'ad-hosting-local',
        facts: { mxRecord: 'hosting' },
      },
      {
        key: 'here',
        label: en('Yes, it points to this server (or to our filtering service)'),
        next: 'ad-in-domains',
        facts: { mxRecord: 'here' },
      },
    ],
  },
  'ad-mx-fix': {
    kind: 'step',
    title: en('Point the MX record at the server that hosts your domain'),
    body: [
      {
        kind: 'steps',
        items: [
          en(
            'At your domain’s DNS host, set the MX record to your current mail server’s host name (a name, not an IP address). That name needs its own A record, and an AAAA record if you use IPv6.',
          ),
          en(
            'Remove MX records for servers that no longer accept your domain: senders use a leftover one whenever the main one is busy or down.',
          ),
          en(
            'Wait for caches to expire, up to the old record’s TTL. Before the next move, lower the TTL a day ahead.',
          ),
        ],
      },
      {
        kind: 'paragraph',
        text: en(
          'Microsoft 365: use the single MX record the admin center shows for the domain (a name ending in `mail.protection.outlook.com`). Microsoft says to allow up to 72 hours for DNS changes.',
        ),
        when: { fact: 'mailPlatform', in: ['m365'] },
      },
      {
        kind: 'tip',
        text: en(
          'During a move, keep the domain configured on the old server until the new MX has spread everywhere, and forward what still arrives there.',
        ),
      },
    ],
    answers: [
      ...fixedOrNot('ad-resolved', 'ad-in-domains'),
      {
        key: 'dns-elsewhere',
        label: en('Someone else manages our DNS'),
        next: 'ad-ask-dns',
      },
    ],
  },
  'ad-in-domains': {
    kind: 'step',
    title: en('Make the server treat your domain as its own'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The MX is right, so this server receives the mail but does not count the domain as local. It then applies its relay rule and refuses, or asks the sender to sign in, which other servers never do. This often happens after a migration, when the domain was moved in DNS but not added to the server.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Postfix: shows the lists of domains the server accepts. Good: your domain is in exactly one of them, or in the table one of them names. Missing everywhere: that is the cause.',
        ),
        code: 'postconf mydestination virtual_mailbox_domains virtual_alias_domains relay_domains',
        when: postfixOnly,
      },
      {
        kind: 'bullets',
        items: [
          en(
            'Add the domain to `virtual_mailbox_domains` if its mailboxes live here, to `virtual_alias_domains` if it only forwards, or to `mydestination` for plain system accounts; `relay_domains` is for domains this server only passes on, such as a backup MX.',
          ),
          en(
            'Port 25 must not demand sign-in: a rule like `permit_sasl_authenticated, reject` belongs on the submission service in `master.cf`. In `main.cf` it refuses every outside sender.',
          ),
        ],
        when: postfixOnly,
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'cPanel: checks the two routing lists (use your domain). Good: the domain is in `/etc/localdomains` only. Bad: missing there, or listed in `/etc/remotedomains`.',
        ),
        code: 'grep -x example.com /etc/localdomains /etc/remotedomains',
        when: { fact: 'mailPlatform', in: ['exim-cpanel'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'cPanel: in the account’s **Email Routing**, choose **Local Mail Exchanger** (or automatic detection, once the MX points here). Routed as remote, the server refuses mail for the domain with the “turn on SMTP Authentication” text.',
        ),
        when: { fact: 'mailPlatform', in: ['exim-cpanel'] },
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Exchange Management Shell: lists the accepted domains. Good: your domain, as `Authoritative` if its mailboxes are here. Missing: add it with `New-AcceptedDomain`.',
        ),
        code: 'Get-AcceptedDomain | Format-Table Name,DomainName,DomainType',
        when: { fact: 'mailPlatform', in: ['exchange'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'Microsoft 365: in the admin center the domain must be added, verified and healthy, and under **Accepted domains** be **Authoritative** (or Internal relay). Otherwise senders get 550 5.4.1 Relay Access Denied.',
        ),
        when: { fact: 'mailPlatform', in: ['m365'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'Other servers: add the domain to the list of local, hosted or accepted domains (Exim: `local_domains`; qmail: `rcpthosts` and `locals` or `virtualdomains`; Sendmail: `local-host-names`).',
        ),
        when: { fact: 'mailPlatform', in: ['other'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'Google Workspace: the domain must be added and verified in the Admin console (as a secondary domain or a domain alias) before Gmail accepts mail for it.',
        ),
        when: { fact: 'mailPlatform', in: ['google'] },
      },
      {
        kind: 'tip',
        text: en(
          'A backup MX must be set up to pass mail for the domain on (Postfix: `relay_domains`). If it is not, senders that fall back to it are refused from time to time, only when the main server is unreachable.',
        ),
      },
      backupFirst,
      { ...postfixReload, when: postfixOnly },
    ],
    answers: [
      ...fixedOrNot('ad-resolved', 'ad-ask-vendor'),
      {
        key: 'lookup-errors',
        label: en('The domain list lives in a database, and the log shows lookup errors'),
        next: 'ad-lookup-failure',
      },
    ],
  },
  'ad-lookup-failure': {
    kind: 'step',
    title: en('Bring back the lookup tables behind the server'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'When Postfix cannot read a table it needs, such as the list of domains or users kept in MySQL, PostgreSQL or LDAP, it answers `451 4.3.0 Temporary lookup failure` or `451 4.3.5 Server configuration error`, and senders try again later. A table that answers but has lost rows is worse: the server then treats its own domains as foreign and refuses them with **Relay access denied**.',
        ),
      },
      {
        kind: 'code',
        language: 'log',
        caption: en('What it looks like: the table could not be read, so the sender was deferred'),
        code: [
          'postfix/trivial-rewrite[812]: warning: mysql:/etc/postfix/mysql-virtual-domains.cf lookup error for "example.com"',
          'postfix/smtpd[2290]: NOQUEUE: reject: RCPT from mail.remote.example[203.0.113.40]: 451 4.3.0 <erin@example.com>: Temporary lookup failure; from=<frank@remote.example> to=<erin@example.com> proto=ESMTP helo=<mail.remote.example>',
        ].join('\n'),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Shows which tables hold your domains, then asks one directly (use the table type and file that the first command prints). Good: it prints a value for a domain you host. Bad: an error such as connection refused or access denied, or no output at all.',
        ),
        code: [
          'postconf virtual_mailbox_domains virtual_alias_domains relay_domains',
          'postmap -q example.com mysql:/etc/postfix/mysql-virtual-domains.cf',
        ].join('\n'),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'Check that the database or directory server runs and can be reached, and that the credentials in the table’s `.cf` file still work, for example after a password change or a database upgrade.',
          ),
          en(
            'If a query returns nothing for a domain you host, restore the missing rows from a backup, or add the domain again in your admin panel.',
          ),
          en(
            'Other servers show the same pattern: database errors in their own log, and temporary refusals starting with 4 for senders.',
          ),
        ],
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-dnsbl-resolver': {
    kind: 'step',
    title: en('Check your blocklist lookups before blaming the senders'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'When your server refuses nearly every sender as “blocked using” a list, your lookups are probably broken, not the senders. Some blocklists, Spamhaus among them, refuse queries that arrive through large public resolvers: instead of a real answer they return an error address in 127.255.255.0/24, which filters that do not check the answer read as “listed”.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Run on the mail server: asks for the list’s permanent test entry. Good: `127.0.0.2` and other 127.0.0.x codes. Bad: an address in 127.255.255.x, meaning your query was refused.',
        ),
        code: 'dig +short 2.0.0.127.zen.spamhaus.org',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Shows the resolver the server uses. A public one such as 8.8.8.8 or 1.1.1.1 is the usual culprit.',
        ),
        code: 'cat /etc/resolv.conf',
      },
      {
        kind: 'steps',
        items: [
          en(
            'Run a caching resolver on the mail server itself (for example Unbound) and use it, or use the list’s own data service for registered users.',
          ),
          en('Make your filter treat only real listing codes as listed.'),
        ],
      },
      {
        kind: 'code',
        language: 'config',
        caption: en(
          'Postfix, in `main.cf`: counts only the real Spamhaus listing codes as a listing (keep the rest of your list as it is).',
        ),
        code: 'smtpd_recipient_restrictions =\n    permit_mynetworks,\n    permit_sasl_authenticated,\n    reject_unauth_destination,\n    reject_rbl_client zen.spamhaus.org=127.0.0.[2..11]',
        when: postfixOnly,
      },
      backupFirst,
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },

  // ── Other servers refuse this server's mail ───────────────────────────────────────────────
  'ad-remote-says': {
    kind: 'question',
    title: en('What does the other server say in the bounce?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Open one bounce, with its full headers, and find the other server’s own words: look for **Diagnostic-Code**, **Remote-MTA**, or a line like **host … said:**. Your server’s log holds the same text.',
        ),
      },
      {
        kind: 'code',
        language: 'log',
        caption: en(
          'Examples: Postfix logging a final refusal from a remote server, and Exim logging a temporary one that will be retried',
        ),
        code: [
          'postfix/smtp[4410]: 8C1F22A0E7: to=<carol@remote.example>, relay=mx.remote.example[203.0.113.25]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.7.1, status=bounced (host mx.remote.example[203.0.113.25] said: 554 5.7.1 Service unavailable; Client host [192.0.2.8] blocked using zen.spamhaus.org (in reply to RCPT TO command))',
          '2024-05-01 09:12:40 1sAbCd-0003xy-Qz == carol@remote.example R=dnslookup T=remote_smtp defer (-44) H=mx.remote.example [203.0.113.25]: SMTP error from remote mail server after RCPT TO:<carol@remote.example>: 454 4.7.1 <carol@remote.example>: Relay access denied',
        ].join('\n'),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'A code starting with 5, such as **554 5.7.1**, is final: your server has already returned the message to your user.',
          ),
          en(
            'A code starting with 4, such as **454 4.7.1**, is temporary: the message waits in your queue and is retried for days. See it with `postqueue -p` (Postfix) or `exim -bp` (Exim).',
          ),
        ],
      },
    ],
    answers: [
      {
        key: 'blocklist',
        label: en('Blocked, listed, poor reputation, or a blocklist such as Spamhaus'),
        next: 'ad-rbl-check',
        facts: { remoteSays: 'blocklist' },
      },
      {
        key: 'sender-verify',
        label: en('Sender verify failed'),
        next: 'ad-svf-ours',
        facts: { remoteSays: 'sender-verify' },
      },
      {
        key: 'spf',
        label: en('SPF, DKIM or DMARC'),
        next: 'ad-sender-records',
        facts: { remoteSays: 'sender-auth' },
      },
      {
        key: 'relay',
        label: en('Relay access denied or Unable to relay, from their server'),
        next: 'ad-their-relay',
        facts: { remoteSays: 'relay' },
      },
      {
        key: 'smarthost',
        label: en('Relay access denied from the smarthost or relay service we send everything through'),
        next: 'ad-smarthost',
        facts: { remoteSays: 'smarthost' },
      },
      {
        key: 'other',
        label: en('Something else, or no clear reason'),
        next: 'ad-remote-ask',
        facts: { remoteSays: 'other' },
      },
    ],
  },
  'ad-rbl-check': {
    kind: 'question',
    title: en('Is your server’s address on a blocklist?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Many servers refuse mail from addresses on public blocklists (also called RBLs or DNSBLs). Check the public IP address your server sends from, and its host name.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Run on the mail server: prints the public IP address it reaches the internet from. That is the address to check.',
        ),
        code: 'dig +short myip.opendns.com @resolver1.opendns.com',
      },
      {
        kind: 'blocklist-lookup',
        text: en(
          'Type that address (or the server’s host name) to get links to two public blocklist checkers. Nothing is looked up until you open a link.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Or ask Spamhaus directly from the server, for 192.0.2.8 written backwards. Good: no answer (not listed). Bad: a 127.0.0.x answer; its last number says which list. A 127.255.255.x answer means your resolver was refused, not that you are listed.',
        ),
        code: 'dig +short 8.2.0.192.zen.spamhaus.org',
      },
    ],
    answers: [
      {
        key: 'listed',
        label: en('Yes, it is listed'),
        next: 'ad-rbl-cause',
        facts: { blocklisted: 'yes' },
      },
      {
        key: 'pbl',
        label: en('Only on the Spamhaus PBL (a 127.0.0.10 or 127.0.0.11 answer)'),
        next: 'ad-pbl',
        facts: { blocklisted: 'pbl' },
      },
      {
        key: 'not-listed',
        label: en('No, it is not listed'),
        next: 'ad-remote-ask',
        facts: { blocklisted: 'no' },
      },
    ],
  },
  'ad-rbl-cause': {
    kind: 'step',
    title: en('Find and stop the cause, then ask for delisting'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'A listing nearly always has a reason: a user whose password was stolen, a hacked website script, an open relay, or a new address that sent too much too fast. Ask for removal only once the cause is gone. A list that sees the same traffic again lists you again, and each removal gets harder.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en('Look at the queue: a sudden pile of messages to strangers points to the source.'),
          en(
            'Find the sender: count messages or sign-ins per user. One account far above the rest, or signing in from many countries, is probably compromised.',
          ),
          en('Lock that account, change its password, and delete the queued spam.'),
          en(
            'On web hosting servers, look for website scripts that send mail (cPanel logs their folder as `cwd=` in `/var/log/exim_mainlog`).',
          ),
          en('Test from outside that the server is not an open relay.'),
          en(
            'Then use each list’s own removal page. Some lists drop an entry by themselves once the spam stops.',
          ),
        ],
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Postfix: the last line counts the queued messages. Good: a handful. Bad: hundreds or thousands. On Exim, `exim -bpc` prints the count.',
        ),
        code: 'postqueue -p | tail -n 1',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Postfix: counts sign-ins per user in the log. The top user, if far above the others, is the first suspect.',
        ),
        code: "grep -o 'sasl_username=[^ ,]*' /var/log/mail.log | sort | uniq -c | sort -rn | head",
        when: { fact: 'mailPlatform', notIn: ['exim-cpanel'] },
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Exim and cPanel: counts messages per signed-in user, then per website folder. One name far above the rest is the first suspect.',
        ),
        code: [
          "grep -o 'A=dovecot_[a-z]*:[^ ]*' /var/log/exim_mainlog | sort | uniq -c | sort -rn | head",
          "grep -o 'cwd=/home[^ ]*' /var/log/exim_mainlog | sort | uniq -c | sort -rn | head",
        ].join('\n'),
      },
      openRelayTest,
      {
        kind: 'link',
        text: en('Spamhaus: check an IP address or domain and find the removal steps'),
        href: 'https://check.spamhaus.org/',
      },
      {
        kind: 'link',
        text: en('Microsoft: delisting portal for mail refused by Outlook.com and Microsoft 365'),
        href: 'https://sender.office.com/',
      },
    ],
    answers: [
      {
        key: 'fixed',
        label: en('Cause removed and delisted: our mail is accepted again'),
        next: 'ad-resolved',
      },
      {
        key: 'still-failing',
        label: en('Still refused after delisting'),
        next: 'ad-remote-ask',
      },
    ],
  },
  'ad-svf-ours': {
    kind: 'step',
    title: en('Make your sender addresses pass the other server’s check'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The other server called your mail server back to check the sender address, and your server said no. Your server must accept mail for every address your users send from, including from the empty sender `<>` that such checks and all bounces use.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'From outside your network: repeats the other server’s test against your MX (replace the names). Good: `250` after `RCPT TO`. Bad: a refusal, which is what the other server saw.',
        ),
        code: "swaks --server mx.example.com --from '<>' --to dave@example.com --quit-after RCPT",
      },
      {
        kind: 'bullets',
        items: [
          en(
            'The sender address must really exist, or be caught by an alias; many no-reply addresses are refused.',
          ),
          en(
            'Your domain’s MX must point to a server that accepts mail for it (this guide’s path for refused outside senders covers that).',
          ),
          en(
            'Never refuse the empty sender `<>`: the standards require accepting it, because bounces use it.',
          ),
          en(
            'Some checks also try `postmaster@` your domain, which the mail standards require every domain to accept: create it (a mailbox or an alias) if it is missing.',
          ),
          en(
            'The checking server may remember the failed result for a while. Once fixed, ask its administrator to retry, or wait.',
          ),
        ],
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-remote-ask'),
  },
  'ad-sender-records': {
    kind: 'step',
    title: en('Fix your domain’s SPF, DKIM and DMARC records'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'These refusals read like access errors, but the cause is different: the other server could not confirm that your server may send for your domain. That is decided by DNS records, not by relay settings.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Shows your SPF and DMARC records (use your domain). Good: one SPF record that includes your sending server’s address, and a DMARC record. Bad: none, two SPF records, or an SPF record without your server.',
        ),
        code: ["dig +short TXT example.com | grep 'v=spf1'", 'dig +short TXT _dmarc.example.com'].join('\n'),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Shows the DKIM public key for a selector (replace `mail` with your selector, found in the `s=` tag of the DKIM-Signature header of a sent message). Good: a record starting `v=DKIM1`.',
        ),
        code: 'dig +short TXT mail._domainkey.example.com',
      },
      {
        kind: 'bullets',
        items: [
          en(
            'SPF: one record per domain, listing every server that sends for it, ending in `~all` or `-all`.',
          ),
          en('DKIM: the server must sign outgoing mail with a key whose public half is in DNS.'),
          en('DMARC: start with `p=none` while you check the reports, then tighten once everything passes.'),
        ],
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-remote-ask'),
  },
  'ad-their-relay': {
    kind: 'outcome',
    verdict: 'contact-remote-admin',
    title: en('Their server does not accept mail for their own domain'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The other server answered as if your server had asked it to relay: it does not count the recipient’s domain as its own. First rule out your own side:',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Shows where their domain’s mail should go (use their domain). Good: the host named in the bounce is in this list. Bad: your server delivered somewhere else; check your transport maps, `relayhost` and DNS cache.',
        ),
        code: 'dig +short MX remote.example',
      },
      {
        kind: 'paragraph',
        text: en(
          'If the MX names that host, the fault is on their side: usually an MX still pointing to an old server after a move, or a domain missing from their server’s accepted domains. A code starting with 4 means your server keeps retrying, so mail may still arrive once they fix it.',
        ),
      },
    ],
    ask: en(
      'Your mail server refuses our mail to your domain with a relay error (see the bounce). Please check that your domain’s MX records point to the right server, and that this server accepts your domain as one of its own.',
    ),
  },
  'ad-remote-ask': {
    kind: 'outcome',
    verdict: 'contact-remote-admin',
    title: en('Ask the other server’s administrator why they refuse your mail'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Only their administrator can see which check refused your server, and lift a block on their side. Write to postmaster@ their domain, or use a contact from the bounce or their website, and include one bounce with its full headers.',
        ),
      },
    ],
    ask: en(
      'Your mail server refuses mail from our server (see the bounce and log lines). Please tell us which check refuses it, and whether you can lift any block on your side now that we have checked our server.',
    ),
  },
})
