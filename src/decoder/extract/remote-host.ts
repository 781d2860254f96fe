/**
 * The server that refused, as the error text names it. Never the server that wrote the report
 * ("Reporting-MTA", "This is the mail system at host X", Exchange's "Generating server" when another
 * server refused), never the client of a log line ("RCPT from X[ip]", Exim's incoming "H=").
 */

import { mayMatchIn, needing } from '../rules/pattern.ts'

/** A host name or IPv4 address; the caller keeps only values with a dot. */
const H = '([a-z0-9][a-z0-9.-]{0,250}[a-z0-9])'
/** A bracketed address after a host name: "[192.0.2.1]", "[IPv6:2001:db8::1]". */
const IP = String.raw`\[[^\]\s]{1,64}\]`

export interface RemoteHostForm {
  id: string
  /** Case-insensitive, linear-time; group 1 is the host. */
  pattern: RegExp
  /** The form applies only when the text also matches this. */
  requires?: RegExp
  /** The form does not apply when the text also matches this. */
  unless?: RegExp
  why: string
}

/** A form's pattern; `needs` are phrases one of which any match contains (see `needing`). */
const form = (source: string, flags: string, ...needs: readonly string[]): RegExp =>
  needs.length === 0 ? new RegExp(source, flags) : needing(new RegExp(source, flags), ...needs)

/**
 * Where bounces, logs and mail apps name the refusing server. Tried in order; the first form that
 * matches wins (specific forms first).
 */
export const REMOTE_HOST_FORMS: readonly RemoteHostForm[] = [
  {
    // "Remote-MTA: dns; mx.example.net" pasted as text (a parsed DSN part gives it as a field).
    id: 'dsn.remote-mta',
    pattern: form(String.raw`^[ \t]*Remote-MTA:[ \t]*(?:[a-z]{1,10};[ \t]*)?[[<]?${H}`, 'im', 'Remote-MTA:'),
    why: 'DSN Remote-MTA: the server that refused',
  },
  {
    // Postfix: "host mx.example.net[192.0.2.1] said:", Exim: "host mx.example.net [192.0.2.1]: 550 ...".
    id: 'postfix-exim.host-ip',
    pattern: form(String.raw`(?<!client[ \t])\bhost[ \t]+${H}\.?[ \t]*${IP}`, 'i', 'host'),
    why: 'The server that refused ("host X[ip] said" / "host X [ip]")',
  },
  {
    // "remote host 192.0.2.1 said:", "host mx.example.net said:"
    id: 'generic.host-said',
    pattern: form(String.raw`\bhost[ \t]+${H}\.?[ \t]+said:`, 'i', 'said:'),
    why: 'The server that refused ("host X said")',
  },
  {
    // Postfix log: "relay=mx.example.net[192.0.2.1]:25, ... status=bounced"
    id: 'postfix.relay',
    pattern: form(String.raw`\brelay=${H}${IP}`, 'i', 'relay='),
    why: 'The server the message was handed to (Postfix log "relay=")',
  },
  {
    // Postfix: "connect to X[ip]:25: Connection refused", "lost connection with X[ip] while ...".
    id: 'postfix.connection',
    pattern: form(
      String.raw`\b(?:connect to|lost connection with|conversation with)[ \t]+${H}${IP}`,
      'i',
      'connect to',
      'lost connection with',
      'conversation with',
    ),
    why: 'The server that could not be reached or dropped the connection',
  },
  {
    // Exim main log, a delivery line: "** a@b R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.1] ...".
    // Incoming lines ("H=(helo) [ip] F=<...> rejected RCPT") name the client, and have no transport.
    id: 'exim.log-delivery',
    pattern: form(String.raw`\bT=[\w.-]{1,64}(?:\s+\S{1,200}){0,4}?\s+H=${H}\.?[ \t]*${IP}`, 'i'),
    why: 'Exim log: the remote server of a failed delivery (H=)',
  },
  {
    // Exim: "SMTP error from remote server for RCPT TO command, host: mx.example.net (192.0.2.1) reason: 550"
    id: 'exim.host-colon',
    pattern: form(
      String.raw`SMTP error from remote (?:mail )?server[^\n]{0,80}?\bhost:[ \t]*${H}`,
      'i',
      'SMTP error from remote',
    ),
    why: 'The server that refused ("SMTP error from remote server … host: X")',
  },
  {
    // sendmail: "... while talking to mx.example.net.:"
    id: 'sendmail.while-talking',
    pattern: form(String.raw`\bwhile[ \t]+talking[ \t]+to[ \t]+${H}\.?:`, 'i', 'while talking to'),
    why: 'The server sendmail was talking to when it refused',
  },
  {
    // qmail-send: "Connected to 192.0.2.1 but sender was rejected.", "192.0.2.1 does not like recipient."
    id: 'qmail.connected-to',
    pattern: form(String.raw`\bConnected to[ \t]+${H}[ \t]+but\b`, 'i', 'Connected to'),
    why: 'The server qmail was connected to when it refused',
  },
  {
    id: 'qmail.does-not-like',
    pattern: form(String.raw`(?:^|[\s:])${H}[ \t]+does not like recipient`, 'im', 'does not like recipient'),
    why: 'The server that refused the recipient (qmail)',
  },
  {
    // Exchange: "Remote Server at mx.example.net (192.0.2.1) returned '550 ...'", "Server at X (ip) returned".
    id: 'exchange.server-at',
    pattern: form(String.raw`\bServer[ \t]+at[ \t]+${H}[ \t]*\(`, 'i', 'Server at'),
    why: 'The server that returned the error (Exchange)',
  },
  {
    id: 'exchange.receiving-server',
    pattern: form(String.raw`^[ \t]*Receiving server:[ \t]*${H}`, 'im', 'Receiving server:'),
    why: 'The server that received and refused the message (Exchange)',
  },
  {
    id: 'microsoft.organization-rejected',
    pattern: form(
      String.raw`\bThe following organization rejected your message:[ \t]*\[?${H}`,
      'i',
      'The following organization rejected your message:',
    ),
    why: 'The organisation whose server refused the message (Microsoft 365)',
  },
  {
    // Microsoft 365: "mx.example.net gave this error:"
    id: 'microsoft.gave-this-error',
    pattern: form(String.raw`^[ \t]*${H}[ \t]+gave this error:`, 'im', 'gave this error:'),
    why: 'The server that refused the message (Microsoft 365)',
  },
  {
    // Exchange / Microsoft 365: the line between the recipient and "Remote Server returned" names the server.
    id: 'exchange.host-line',
    pattern: form(
      String.raw`^[ \t]*${H}[ \t]*\r?\n[ \t]*Remote[ \t]+Server[ \t]+returned`,
      'im',
      'Remote Server returned',
    ),
    why: 'The server that returned the error (Exchange)',
  },
  {
    // "Remote Server returned '550 5.4.1 Relay Access Denied [BN3P.eop-nam01.prod.protection.outlook.com]'"
    id: 'exchange.returned-bracket',
    pattern: form(String.raw`\[(?=[\d.]{0,250}[a-z])${H}\]'`, 'i'),
    requires: needing(/Remote\s+Server\s+returned/i, 'Remote Server returned'),
    why: 'The server that wrote the quoted error (Exchange)',
  },
  {
    // Exchange's own refusal ("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"): the generating
    // server refused. When another server refused ("Remote Server returned"), it only wrote the report.
    id: 'exchange.generating-server',
    pattern: form(String.raw`^[ \t]*Generating server:[ \t]*${H}`, 'im', 'Generating server:'),
    requires: /#[45]\d\d[ \t]+[45]\.\d{1,3}\.\d{1,3}\b[^\n#]{0,300}##/,
    unless: /Remote\s+Server\s+(?:at|returned)|Receiving server:/i,
    why: 'The Exchange server that refused the message itself',
  },
  {
    // Thunderbird: "... using Outgoing server (SMTP) smtp.example.com for an unknown reason."
    id: 'thunderbird.outgoing-server',
    pattern: form(String.raw`\bOutgoing server \(SMTP\)[ \t]+${H}`, 'i', 'Outgoing server (SMTP)'),
    why: "The user's outgoing (submission) server",
  },
  {
    // Apple Mail: 'The server “smtp.example.com” rejected ...', 'Cannot send message using the server X'
    id: 'apple-mail.server-name',
    pattern: form(
      String.raw`\b(?:the server|using the server)[ \t]+[“"]?${H}[”"]?(?:[ \t]|\.|$)`,
      'im',
      'the server',
    ),
    why: "The user's outgoing (submission) server",
  },
  {
    // Outlook: "Task 'smtp.example.com - Sending' reported error (0x800CCC79)"
    id: 'outlook.task',
    pattern: form(String.raw`\bTask[ \t]+'${H}[ \t]+-[ \t]+Sending'`, 'i', "Task … Sending'"),
    why: "The user's outgoing (submission) server",
  },
]

export interface HostFound {
  /** Id of the form that found it. */
  form: string
  value: string
  start: number
  end: number
  why: string
}

/** `value` without its trailing dots ("mx.example.net." is "mx.example.net"); a scan, as `/\.+$/` is quadratic. */
function withoutTrailingDots(value: string): string {
  let end = value.length
  while (end > 0 && value[end - 1] === '.') end--
  return value.slice(0, end)
}

/** Drops a trailing dot and brackets; null unless it is a dotted name or address. */
export function cleanHost(raw: string): { value: string; offset: number } | null {
  let value = raw.trim()
  let offset = raw.length - raw.trimStart().length
  while (value.startsWith('[') || value.startsWith('<')) {
    value = value.slice(1)
    offset++
  }
  const token = /^[^\s[\]()<>;,'"]+/.exec(value)?.[0] ?? ''
  const bare = withoutTrailingDots(token)
  if (!bare.includes('.') || bare.startsWith('.') || !/^[a-z0-9.:-]+$/i.test(bare)) return null
  return { value: bare, offset }
}

/** The server the error text names as the one that refused, or null. */
export function findRemoteHost(text: string): HostFound | null {
  const may = mayMatchIn(text)
  for (const f of REMOTE_HOST_FORMS) {
    if (!may(f.pattern)) continue
    if (f.requires !== undefined && !(may(f.requires) && f.requires.test(text))) continue
    if (f.unless?.test(text) === true) continue
    const m = f.pattern.exec(text)
    const raw = m?.[1]
    if (m === null || raw === undefined) continue
    const clean = cleanHost(raw)
    if (clean === null || clean.value.toLowerCase() === 'none') continue
    const start = m.index + m[0].indexOf(raw) + clean.offset
    return { form: f.id, value: clean.value, start, end: start + clean.value.length, why: f.why }
  }
  return null
}

// "Reporting-MTA: dns; mx.example.net": the server that wrote the bounce.
const REPORTING_MTA = /^Reporting-MTA:[ \t]*(?:[a-z]{1,10};[ \t]*)?\[?([A-Za-z0-9][A-Za-z0-9.:-]{0,250})/im

/** The server that wrote the report ("Reporting-MTA:"), lower-cased, when the text names it. */
export function reportingMtaIn(text: string): string | null {
  const raw = REPORTING_MTA.exec(text)?.[1]
  return raw === undefined ? null : withoutTrailingDots(raw).toLowerCase()
}
