import { en } from '@/engine/text.ts'
import { backupFirst, fixedOrNot, neverOpenNetworks, postfixReload } from './admin-blocks.ts'
import { defineBranch } from './node-ids.ts'

/** The ids of this part of the admin branch; a new node is added here and in `adminRelayRouteNodes`. */
export type AdminRelayRouteId =
  | 'ad-smarthost'
  | 'ad-sender-login'
  | 'ad-container'
  | 'ad-not-applied'
  | 'ad-port25-auth'
  | 'ad-hosting-local'
  | 'ad-pbl'

/**
 * Admin branch, causes seen in real reports around the server's own setup: a smarthost that wants a
 * login, container stacks with their own trusted networks, changes that never took effect, port 25
 * demanding sign-in, hosting that keeps a domain local, and the Spamhaus policy list.
 */
export const adminRelayRouteNodes = defineBranch<AdminRelayRouteId>({
  'ad-smarthost': {
    kind: 'step',
    title: en('Give your server its own login at the smarthost or relay service'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'When your server passes all outgoing mail to another server (a smarthost, your internet provider’s relay, or a service such as SendGrid, Amazon SES, Google’s SMTP relay or a Microsoft 365 connector), that server treats yours like any other client: it relays only after a sign-in or for an address it trusts, and only for sender domains you have set up there.',
        ),
      },
      backupFirst,
      {
        kind: 'code',
        language: 'config',
        caption: en(
          'Postfix, in `main.cf`: send through the relay on port 587, encrypted, signed in with the login from a password file.',
        ),
        code: [
          'relayhost = [smtp.relay.example]:587',
          'smtp_sasl_auth_enable = yes',
          'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd',
          'smtp_sasl_security_options = noanonymous',
          'smtp_tls_security_level = encrypt',
        ].join('\n'),
        when: { fact: 'mailPlatform', notIn: ['exim-cpanel'] },
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'The password file: its key must be written exactly as `relayhost` is, brackets and port included, or Postfix never uses the login. Then build the lookup table and reload.',
        ),
        code: [
          "echo '[smtp.relay.example]:587 relayuser:secret' > /etc/postfix/sasl_passwd",
          'chmod 600 /etc/postfix/sasl_passwd',
          'postmap /etc/postfix/sasl_passwd',
        ].join('\n'),
        when: { fact: 'mailPlatform', notIn: ['exim-cpanel'] },
      },
      { ...postfixReload, when: { fact: 'mailPlatform', notIn: ['exim-cpanel'] } },
      {
        kind: 'paragraph',
        text: en(
          'Exim: the smarthost transport signs in only to hosts listed in its `hosts_require_auth` (or `hosts_try_auth`) option, and that list is matched against the relay’s name and the addresses it resolves to. If the relay’s addresses change, a list of IP addresses stops matching; list the host name, or `*` for this transport only. The client password file (on Debian `/etc/exim4/passwd.client`) is matched by host name too: when the relay’s name changes, change the key.',
        ),
        when: { fact: 'mailPlatform', in: ['exim-cpanel', 'other'] },
      },
      {
        kind: 'bullets',
        items: [
          en(
            'At a relay service, verify the sender domain or address your server sends as; most services refuse every other sender.',
          ),
          en(
            'After a password change at the relay, update the password file (and run `postmap` again) on every server that uses it.',
          ),
          en(
            'If the relay offers sign-in only on port 465, use `relayhost = [smtp.relay.example]:465` with `smtp_tls_wrappermode = yes` and `smtp_tls_security_level = encrypt`.',
          ),
        ],
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Postfix: the latest attempts to the relay. Good: `status=sent`. Bad: `SASL authentication failed`, or `Relay access denied` with no sign-in before it.',
        ),
        code: "grep -E 'relay=smtp.relay.example|SASL authentication failed' /var/log/mail.log | tail -n 20",
        when: { fact: 'mailPlatform', notIn: ['exim-cpanel'] },
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-sender-login': {
    kind: 'step',
    title: en('Allow each login to send as the addresses it should'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The server checks that a signed-in user sends only as addresses that belong to their login. An alias, a second domain or a shared address is refused until the server is told that this login may use it.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'Postfix: `smtpd_sender_login_maps` maps each sender address to the logins that may use it; with `reject_sender_login_mismatch` every other address is refused. Add the alias with the login that may send as it.',
          ),
          en(
            'Mail stacks and panels keep this as a per-mailbox or per-alias setting (“allowed to send as”, permitted senders, sender ACL): grant it there rather than switching the check off.',
          ),
          en(
            'Or the user sends from the mailbox’s own address, or signs in as the mailbox that owns the address.',
          ),
        ],
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Postfix: which logins may send as an address, according to the map in use (take the map’s name from the first command). Good: the user’s login is listed.',
        ),
        code: [
          'postconf smtpd_sender_login_maps',
          "postmap -q 'alias@example.com' hash:/etc/postfix/sender_login",
        ].join('\n'),
        when: { fact: 'mailPlatform', in: ['postfix', 'plesk', 'container', 'other'] },
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-container': {
    kind: 'step',
    title: en('Set the trusted networks in the container stack’s own settings'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Container mail stacks (docker-mailserver, mailcow, Mailu and others) write their Postfix configuration when the container starts, from their own settings. An edit made inside a running container is lost when it is recreated, and another container’s address is trusted only if the stack’s setting says so.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'docker-mailserver: `PERMIT_DOCKER` in its environment file decides which container addresses may relay without signing in (by default none). Extra networks go in its Postfix override files, not in the running container.',
          ),
          en(
            'Other stacks: look in the stack’s documentation for its relay or “mynetworks” setting, and change it there.',
          ),
          en(
            'After an upgrade, compare the stack’s release notes: a new version may trust fewer networks than before.',
          ),
          en(
            'Override files you mounted or kept from an older version stay after an upgrade and still win over the new version’s defaults: compare each with what the new version expects, and remove or update the ones it no longer needs.',
          ),
        ],
      },
      {
        kind: 'warning',
        text: en(
          'Connections that pass through Docker’s port publishing can arrive from the Docker gateway’s address instead of the real client’s. Trusting that address may trust everyone on the internet: run the open-relay test from outside afterwards.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Apply the changed settings by recreating the container, then show what Postfix inside really uses (use your service and container names).',
        ),
        code: [
          'docker compose up -d --force-recreate mailserver',
          'docker exec mailserver postconf mynetworks smtpd_relay_restrictions',
        ].join('\n'),
      },
      neverOpenNetworks,
    ],
    answers: [
      { key: 'fixed', label: en('That fixed it: mail flows again'), next: 'ad-resolved' },
      { key: 'still-failing', label: en('Still refused: read the Postfix log'), next: 'ad-pf-log' },
    ],
  },
  'ad-not-applied': {
    kind: 'step',
    title: en('Make sure the running server uses what you changed'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'A setting that looks right in a file may not be the one in force: the server was not reloaded, a later line or a per-service override wins, or a control panel or container rebuilt the file from its own settings.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Postfix: the values in force from `main.cf`, then the per-service overrides from `master.cf` (port 25 is the `smtp/inet` line). Good: the values you meant, with no override undoing them.',
        ),
        code: [
          'postconf -n | grep -E "relay|mynetworks|sasl"',
          'postconf -P | grep -E "relay|recipient|sasl"',
        ].join('\n'),
        when: { fact: 'mailPlatform', in: ['postfix', 'plesk', 'container', 'other'] },
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Exim: the value in force of one option. On cPanel, change settings in WHM (or the files cPanel reads), then rebuild and restart Exim.',
        ),
        code: ['exim -bP relay_from_hosts', '/scripts/buildeximconf && /scripts/restartsrv_exim'].join('\n'),
        when: { fact: 'mailPlatform', in: ['exim-cpanel'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'Plesk writes the mail server’s settings from its own database: change them in Plesk, or let it rewrite them with `plesk repair mail`.',
        ),
        when: { fact: 'mailPlatform', in: ['plesk'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'Containers: change the stack’s settings file, then recreate the container; a restart alone may keep the old configuration.',
        ),
        when: { fact: 'mailPlatform', in: ['container'] },
      },
      postfixReload,
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-port25-auth': {
    kind: 'step',
    title: en('Let other servers deliver on port 25 without signing in'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Servers delivering to your domain never sign in. If port 25 demands a sign-in, every outside sender is refused, often with “Relay access denied” or “authentication required”. Sign-in-only rules belong on ports 587 and 465.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Postfix: the overrides each service uses. Bad: a line for `smtp/inet` (port 25) with `permit_sasl_authenticated,reject` or `smtpd_sasl_auth_enable=yes` followed by a refusal of everyone else.',
        ),
        code: 'postconf -P | grep -E "^smtp/inet"',
        when: { fact: 'mailPlatform', in: ['postfix', 'plesk', 'container', 'other'] },
      },
      {
        kind: 'code',
        language: 'config',
        caption: en(
          'Postfix, in `main.cf`: port 25 accepts mail for your own domains from anyone, and relays only for trusted networks and signed-in users. Move rules that demand sign-in to the `submission` and `submissions` services in `master.cf`.',
        ),
        code: 'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination',
        when: { fact: 'mailPlatform', in: ['postfix', 'plesk', 'container', 'other'] },
      },
      {
        kind: 'paragraph',
        text: en(
          'Exim: an ACL statement that requires authentication must apply only to the submission ports, for example with a condition on `$received_port`, not to every connection.',
        ),
        when: { fact: 'mailPlatform', in: ['exim-cpanel', 'other'] },
      },
      postfixReload,
    ],
    answers: fixedOrNot('ad-resolved', 'ad-in-domains'),
  },
  'ad-hosting-local': {
    kind: 'step',
    title: en('Stop the hosting server keeping your domain’s mail for itself'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Your MX record sends the domain’s mail to another service (for example Google Workspace or Microsoft 365), but the web or hosting server still believes it hosts the domain’s mailboxes. Mail that server sends to your domain, such as website forms, stays on it and never reaches the real mailboxes, or is refused there.',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en('cPanel: under **Email** › **Email Routing**, choose **Remote Mail Exchanger** for the domain.'),
          en('Plesk: in the domain’s mail settings, switch off the mail service for the domain.'),
          en(
            'Postfix or others: remove the domain from the server’s local and virtual domain lists (for example `mydestination` and `virtual_mailbox_domains`).',
          ),
        ],
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-pbl': {
    kind: 'step',
    title: en('On the Spamhaus PBL: send through a smarthost'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The PBL (Policy Block List) is not a finding of spam. It lists address ranges that their owners, mostly internet providers, say should not deliver mail directly: home, mobile and many dynamic ranges. There is nothing to clean up; a server on such an address is refused by many receivers whatever it sends.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en(
            'Send your outgoing mail through a smarthost: your internet provider’s relay or a relay service, signed in with a login.',
          ),
          en(
            'Or move the server to a fixed address meant for mail, with a reverse DNS name that matches the server’s name. If such an address is still on the PBL, Spamhaus’s website explains how its owner can have it removed.',
          ),
        ],
      },
    ],
    answers: [
      ...fixedOrNot('ad-resolved', 'ad-remote-ask'),
      { key: 'set-up-smarthost', label: en('Show me how to set up the smarthost'), next: 'ad-smarthost' },
    ],
  },
})
