import type { Block } from '@/engine/content.ts'
import { en } from '@/engine/text.ts'
import type { NodeId } from './node-ids.ts'

/**
 * Content shared by several nodes of the admin branch. Example hosts and addresses use the
 * documentation ranges (example.com, remote.example, 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24),
 * so nothing copied verbatim can hit a real server by accident.
 */

/** "That fixed it" / "Still failing" for a step an admin carries out. */
export const fixedOrNot = (fixed: NodeId, notFixed: NodeId) =>
  [
    { key: 'fixed', label: en('That fixed it: mail flows again'), next: fixed },
    { key: 'still-failing', label: en('Still refused'), next: notFixed },
  ] as const

/** The platforms the branch knows; the answer keys of every platform question and the `mailPlatform` fact ids. */
export const PLATFORMS = [
  'postfix',
  'exim-cpanel',
  'plesk',
  'exchange',
  'm365',
  'google',
  'container',
  'other',
] as const
export type Platform = (typeof PLATFORMS)[number]

const PLATFORM_LABELS: Record<Platform, { label: string; hint?: string }> = {
  postfix: { label: 'Postfix', hint: 'Usually with Dovecot handling sign-in.' },
  'exim-cpanel': { label: 'Exim, or a cPanel/WHM server' },
  plesk: { label: 'Plesk' },
  exchange: { label: 'Microsoft Exchange Server (on-premises)' },
  m365: { label: 'Microsoft 365 (Exchange Online)' },
  google: { label: 'Google Workspace', hint: 'Including its SMTP relay service, smtp-relay.gmail.com.' },
  container: {
    label: 'A container mail stack',
    hint: 'For example docker-mailserver, mailcow or Mailu (Postfix inside).',
  },
  other: { label: 'Sendmail, qmail or something else' },
}

/** One answer per platform, each recording the `mailPlatform` fact, leading where `next` says. */
export const platformAnswers = (next: Record<Platform, NodeId>) =>
  PLATFORMS.map((platform) => {
    const { label, hint } = PLATFORM_LABELS[platform]
    return {
      key: platform,
      label: en(label),
      ...(hint ? { hint: en(hint) } : {}),
      next: next[platform],
      facts: { mailPlatform: platform },
    }
  })

export const backupFirst: Block = {
  kind: 'warning',
  text: en(
    'Back up the configuration before you change it, and change one thing at a time, so you can tell what helped and roll back what did not.',
  ),
}

export const postfixBackup: Block = {
  kind: 'code',
  language: 'shell',
  caption: en(
    'Keeps a dated copy of the whole Postfix configuration directory. Good: the command prints nothing.',
  ),
  code: 'cp -a /etc/postfix "/etc/postfix.backup-$(date +%F)"',
}

export const postfixReload: Block = {
  kind: 'code',
  language: 'shell',
  caption: en(
    'Checks the configuration, then applies it without dropping open connections. Good: no warnings, and the reload succeeds. If `postfix check` complains, fix that first.',
  ),
  code: 'postfix check && postfix reload',
}

export const starttlsProbe = (host: string): Block => ({
  kind: 'code',
  language: 'shell',
  caption: en(
    'Connects the way a mail app does on port 587. Then type `EHLO test`. Good: the reply lists an `AUTH` line, for example `250-AUTH PLAIN LOGIN`. Bad: no `AUTH` line, or no connection at all. Type `QUIT` to leave.',
  ),
  code: `openssl s_client -connect ${host}:587 -starttls smtp -crlf -quiet`,
})

export const implicitTlsProbe: Block = {
  kind: 'code',
  language: 'shell',
  caption: en(
    'The same check on port 465, where the connection is encrypted from the start. Good and bad results read the same.',
  ),
  code: 'openssl s_client -connect mail.example.com:465 -crlf -quiet',
}

export const authenticatedSendTest: Block = {
  kind: 'code',
  language: 'shell',
  caption: en(
    'Signs in and stops before any message is sent (needs swaks; it asks for the password without showing it). Good: `250` after `RCPT TO`. Bad: `Relay access denied` or `relay not permitted` after `RCPT TO`, or `535` when the password is refused.',
  ),
  code: 'swaks --server mail.example.com --port 587 -tls --auth LOGIN --auth-user dave@example.com --protect-prompt --from dave@example.com --to test@remote.example --quit-after RCPT',
}

export const openRelayTest: Block = {
  kind: 'code',
  language: 'shell',
  caption: en(
    'Run from a machine outside your own networks: tries to relay without signing in and stops before any message is sent. Good: a refusal starting with 5 (or 454) after `RCPT TO`. Bad: `250`, which means anyone can send spam through the server. No answer at all, or a timeout, proves nothing: many networks block outgoing port 25, so run it again from a machine that can reach port 25 elsewhere.',
  ),
  code: 'swaks --server mail.example.com --port 25 --from test@example.com --to someone@remote.example --quit-after RCPT',
}

export const dovecotSocket: Block = {
  kind: 'code',
  language: 'config',
  caption: en(
    'In Dovecot (often `/etc/dovecot/conf.d/10-master.conf`), inside the existing `service auth` section: the socket through which Postfix checks passwords. Apply it with `systemctl reload dovecot`.',
  ),
  code: [
    'service auth {',
    '  unix_listener /var/spool/postfix/private/auth {',
    '    mode = 0660',
    '    user = postfix',
    '    group = postfix',
    '  }',
    '}',
  ].join('\n'),
}

export const neverOpenNetworks: Block = {
  kind: 'warning',
  text: en(
    'Never widen the trusted networks to make the error go away, and never trust `0.0.0.0/0`: every address on that list may send anything to anyone through your server, and spammers find such servers within hours.',
  ),
}

export const testServerHabit: Block = {
  kind: 'tip',
  text: en(
    'To keep the next update from breaking mail: keep a test server that mirrors the live one (same versions, same mail settings), update it first, send a few test messages through it, and only then update the live server. Save a copy of the mail configuration before every update.',
  ),
}

export const cpanelUpdatePreferences: Block = {
  kind: 'tip',
  text: en(
    'In WHM’s **Update Preferences** you choose the release tier and whether updates install by themselves every night or only when you start them. Manual updates fit well with the test-server habit above.',
  ),
  when: { fact: 'mailPlatform', in: ['exim-cpanel'] },
}

export const panelRewritesConfig: Block = {
  kind: 'warning',
  text: en(
    'Plesk writes parts of the Postfix configuration itself, and may overwrite hand edits on its next update or repair. Prefer the panel’s settings; where you must edit files, follow Plesk’s documentation for custom settings.',
  ),
  when: { fact: 'mailPlatform', in: ['plesk'] },
}
