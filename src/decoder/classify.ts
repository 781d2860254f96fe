import { findCommand, type SmtpCommand } from './command.ts'
import { findRemoteHost, mtaFromContext, sideFromContext } from './context.ts'
import { type Excerpt, evidenceAt } from './excerpt.ts'
import { findReplyCode, findStatus, permanence } from './extract-codes.ts'
import { hostIn, providerHosts } from './hosts.ts'
import { landingNode } from './landing.ts'
import { RULE_TABLE } from './rule-table.ts'
import { reasonForStatus } from './status-reasons.ts'
import type { Diagnosis, Evidence, Rule, Side, SisimaiReason } from './types.ts'

/** A value with the evidence span it came from (null when it has no place in the input). */
export interface Located {
  value: string
  evidence: Evidence | null
}

/** Everything known about one recipient before deciding. */
export interface Fact {
  /** The error text for this recipient: rules run on it. */
  text: Excerpt
  /** Wider text (the whole bounce or paste) used only for side, MTA and remote host cues. */
  context: Excerpt
  recipient: Located | null
  status: Located | null
  remoteMta: Located | null
  /** The server that wrote the report (DSN "Reporting-MTA"), when known. */
  reportingMta: string | null
  action: string | null
  /** Set when the message structure already says what it is (feedback report, auto-reply, delivered). */
  fixedReason: SisimaiReason | null
}

export interface RuleMatch {
  rule: Rule
  start: number
  end: number
}

/** First rule of the table that matches the error text and status. */
export function matchRule(
  text: string,
  status: string | null,
  command: SmtpCommand | null = null,
  hosts: readonly string[] = [],
): RuleMatch | null {
  for (const rule of RULE_TABLE) {
    if (rule.hosts !== undefined && !hostIn(hosts, rule.hosts)) continue
    if (rule.status !== undefined && (status === null || !rule.status.test(status))) continue
    if (rule.commands !== undefined && !rule.commands.includes(command)) continue
    let start = 0
    let end = 0
    if (rule.pattern !== undefined) {
      const m = rule.pattern.exec(text)
      if (m === null) continue
      start = m.index
      end = m.index + m[0].length
    }
    if (rule.unless?.test(text) === true) continue
    return { rule, start, end }
  }
  return null
}

function chooseStatus(fact: Fact): Located | null {
  const fromText = findStatus(fact.text.text)
  const located =
    fromText === null
      ? null
      : {
          value: fromText.value,
          evidence: evidenceAt(fact.text, fromText.start, fromText.end, 'Enhanced status code'),
        }
  if (fact.status === null) return located
  // The remote server's own code in the diagnostic text is more precise than the reporting MTA's
  // summary in "Status:" (e.g. Status 4.4.7 "expired" over the remote's "421 4.4.2 timeout").
  if (located !== null && located.value[0] === fact.status.value[0]) return located
  return fact.status
}

export function unrecognised(): Diagnosis {
  return {
    recognised: false,
    replyCode: null,
    enhancedStatus: null,
    permanent: null,
    side: 'unknown',
    reason: null,
    node: 'eu-start',
    recipient: null,
    remoteMta: null,
    mta: null,
    evidence: [],
  }
}

function fallbackReason(
  fact: Fact,
  status: string | null,
  reply: string | null,
  command: SmtpCommand | null,
): SisimaiReason | null {
  const byStatus = reasonForStatus(status)
  if (byStatus !== null) return byStatus
  if (command === 'CONN' || command === 'HELO') return 'blocked'
  const action = fact.action?.toLowerCase() ?? ''
  if (action.startsWith('delayed') || action.startsWith('expired')) return 'expired'
  if (action.startsWith('delivered') || action.startsWith('relayed')) return 'delivered'
  if (reply !== null || status !== null || fact.text.text.trim() !== '') return 'onhold'
  return null
}

export function classify(fact: Fact): Diagnosis {
  const evidence: Evidence[] = []
  const status = chooseStatus(fact)
  const replyFound = findReplyCode(fact.text.text)
  const reply = replyFound?.value ?? null
  if (status?.evidence) evidence.push(status.evidence)
  if (replyFound !== null)
    evidence.push(evidenceAt(fact.text, replyFound.start, replyFound.end, 'SMTP reply code'))

  // No default step: like Sisimai, "no such user" with the step unknown reads as filtered, not userunknown.
  const command = findCommand(fact.text.text) ?? findCommand(fact.context.text)
  const hosts = providerHosts(
    `${fact.text.text}\n${fact.context.text}`,
    fact.recipient?.value ?? null,
    fact.remoteMta?.value ?? null,
    fact.reportingMta,
  )
  const match =
    fact.fixedReason === null ? matchRule(fact.text.text, status?.value ?? null, command, hosts) : null
  if (match !== null && match.end > match.start) {
    evidence.push(evidenceAt(fact.text, match.start, match.end, `${match.rule.why} [${match.rule.id}]`))
  }
  const reason =
    fact.fixedReason ?? match?.rule.reason ?? fallbackReason(fact, status?.value ?? null, reply, command)
  const hasSignal = match !== null || status !== null || reply !== null || fact.fixedReason !== null
  if (reason === null || (!hasSignal && reason === 'onhold')) {
    return { ...unrecognised(), recipient: fact.recipient?.value ?? null }
  }

  let permanent = permanence(status?.value ?? null, reply)
  if (permanent === null && /permanent (?:error|failure)/i.test(fact.context.text)) permanent = true

  let side: Side = match?.rule.side ?? 'unknown'
  if (match?.rule.sideFixed !== true) {
    const cue = sideFromContext(fact.context.text)
    if (fact.remoteMta !== null && fact.remoteMta.value !== '') side = 'recipient-server'
    else if (cue !== null) {
      side = cue.side
      evidence.push(evidenceAt(fact.context, cue.index, cue.index + cue.length, cue.why))
    }
  }

  let remoteMta = fact.remoteMta
  if (remoteMta === null) {
    const host = findRemoteHost(fact.text.text)
    if (host !== null) {
      remoteMta = {
        value: host.value,
        evidence: evidenceAt(fact.text, host.start, host.end, 'The server that refused'),
      }
    }
  }
  if (remoteMta?.evidence) evidence.push(remoteMta.evidence)
  if (fact.recipient?.evidence) evidence.push(fact.recipient.evidence)

  const ruleNode = match === null ? undefined : (match.rule.nodeBySide?.[side] ?? match.rule.node)
  return {
    recognised: true,
    replyCode: reply,
    enhancedStatus: status?.value ?? null,
    permanent,
    side,
    reason,
    node: landingNode(reason, side, permanent, ruleNode),
    recipient: fact.recipient?.value ?? null,
    remoteMta: remoteMta?.value ?? null,
    mta: match?.rule.mta ?? mtaFromContext(fact.context.text),
    evidence: evidence.sort((a, b) => a.start - b.start),
  }
}
