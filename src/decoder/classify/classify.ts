import { findCommand, type SmtpCommand } from '../extract/command.ts'
import { mtaFromContext, sideFromContext } from '../extract/context.ts'
import { findReplyCode, findStatus, permanence } from '../extract/extract-codes.ts'
import { findWhen } from '../extract/find-when.ts'
import { hostIn, providerHosts } from '../extract/hosts.ts'
import { findRemoteHost, reportingMtaIn } from '../extract/remote-host.ts'
import type { ReporterCategory } from '../extract/reporter-categories.ts'
import { type Excerpt, evidenceAt } from '../parse/excerpt.ts'
import { mayMatchIn } from '../rules/pattern.ts'
import { RULE_TABLE } from '../rules/rule-table.ts'
import type {
  Diagnosis,
  Evidence,
  InputSource,
  Mta,
  Rule,
  Side,
  SisimaiReason,
  UnrecognisedDiagnosis,
} from '../types.ts'
import { directionOf } from './direction.ts'
import { type DecodeHint, type LandingNode, landFor, landingNode } from './landing.ts'
import { appDialogIn } from './source.ts'
import { reasonForReply, reasonForStatus } from './status-reasons.ts'

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
  /** The reporting MTA's own classification of the failure (a DSN field), when it gives one. */
  category?: ReporterCategory | null
  /** What kind of text the whole input is, when known before classifying. */
  source?: InputSource
  /** Where the paste came from (wizard branch and flow), when the screen knows it. */
  hint?: DecodeHint | undefined
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
  const may = mayMatchIn(text)
  for (const rule of RULE_TABLE) {
    if (rule.hosts !== undefined && !hostIn(hosts, rule.hosts)) continue
    if (rule.status !== undefined && (status === null || !rule.status.test(status))) continue
    if (rule.commands !== undefined && !rule.commands.includes(command)) continue
    let start = 0
    let end = 0
    if (rule.pattern !== undefined) {
      if (!may(rule.pattern)) continue
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

export function unrecognised(
  source: InputSource = 'unknown',
  recipient: string | null = null,
  hint?: DecodeHint,
): UnrecognisedDiagnosis {
  const node =
    (hint?.role ?? (source === 'server-log' ? 'admin' : 'end-user')) === 'admin' ? 'ad-start' : 'eu-start'
  return { recognised: false, source, node, recipient, evidence: [] }
}

// A sender-verify callout quotes the other server's refusal ("... was: 554 <a@b>: Relay access denied"):
// the refusal is of the check, not of this message.
const CALLOUT = /\bsender verify (?:fail|defer)(?:ed)? for\b|\bresponse to "RCPT TO:/i

function fallbackReason(
  fact: Fact,
  status: string | null,
  reply: string | null,
  command: SmtpCommand | null,
): SisimaiReason | null {
  const category = fact.category ?? null
  if (category !== null) return category.reason
  const byStatus = reasonForStatus(status)
  if (byStatus !== null) return byStatus
  const byReply = reasonForReply(reply)
  if (byReply !== null) return byReply
  if (command === 'CONN' || command === 'HELO') return 'blocked'
  const action = fact.action?.toLowerCase() ?? ''
  if (action.startsWith('delayed') || action.startsWith('expired')) return 'expired'
  if (action.startsWith('delivered') || action.startsWith('relayed')) return 'delivered'
  if (reply !== null || status !== null || fact.text.text.trim() !== '') return 'onhold'
  return null
}

/** Not failures: nothing to retry or give up on. */
const NOT_FAILURES: ReadonlySet<SisimaiReason> = new Set(['delivered', 'feedback', 'vacation'])
// Wording of a report that is still retrying ("temporary failure", "persistent transient", "delayed").
const TRANSIENT_WORDING =
  /\btemporar(?:y|ily)\b|\bpersistent\b|\b(?:is|been|was) delayed\b|\bwill (?:be )?retr(?:y|ied)\b/i

/**
 * Permanence when the text has no reply code or status: a returned message has failed for good unless
 * the report says it is still being retried (Sisimai gives such reports a 5.0.9xx status).
 */
function permanenceByWording(fact: Fact, reason: SisimaiReason | null): boolean | null {
  if (reason === null || NOT_FAILURES.has(reason)) return null
  if (/permanent (?:error|failure)/i.test(fact.context.text)) return true
  if (fact.action?.toLowerCase().startsWith('delayed') === true) return false
  return !(TRANSIENT_WORDING.test(fact.text.text) || TRANSIENT_WORDING.test(fact.context.text))
}

/** The server that refused, as the DSN or the error text names it; never the server that wrote the report. */
function refusingServer(fact: Fact): Located | null {
  if (fact.remoteMta !== null) return fact.remoteMta
  const host = findRemoteHost(fact.text.text)
  if (host === null) return null
  const reporting = fact.reportingMta ?? reportingMtaIn(fact.context.text)
  if (reporting !== null && host.value.toLowerCase() === reporting.toLowerCase()) return null
  return { value: host.value, evidence: evidenceAt(fact.text, host.start, host.end, host.why) }
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
  const command =
    findCommand(fact.text.text) ??
    (fact.context.text === fact.text.text ? null : findCommand(fact.context.text)) ??
    fact.category?.command ??
    null
  // One recipient's text is often the whole paste: read it once.
  const hostText =
    fact.text.text === fact.context.text ? fact.text.text : `${fact.text.text}\n${fact.context.text}`
  const hosts = providerHosts(
    hostText,
    fact.recipient?.value ?? null,
    fact.remoteMta?.value ?? null,
    fact.reportingMta,
  )
  let match =
    fact.fixedReason === null ? matchRule(fact.text.text, status?.value ?? null, command, hosts) : null
  let matchedIn = fact.text
  if (match?.rule.reason === 'norelaying' && CALLOUT.test(fact.context.text)) {
    const callout = matchRule(fact.context.text, null, command, hosts)
    if (callout !== null && callout.rule.reason === 'rejected') {
      match = callout
      matchedIn = fact.context
    }
  }
  if (match !== null && match.end > match.start) {
    evidence.push(evidenceAt(matchedIn, match.start, match.end, `${match.rule.why} [${match.rule.id}]`))
  }
  const reason =
    fact.fixedReason ?? match?.rule.reason ?? fallbackReason(fact, status?.value ?? null, reply, command)
  const hasSignal = match !== null || status !== null || reply !== null || fact.fixedReason !== null
  if (reason === null || (!hasSignal && reason === 'onhold')) {
    return unrecognised(fact.source, fact.recipient?.value ?? null, fact.hint)
  }

  const permanent = permanence(status?.value ?? null, reply) ?? permanenceByWording(fact, reason)

  const source = fact.source ?? 'unknown'
  const dialog = source === 'client-error' ? appDialogIn(fact.context.text) : null
  let side: Side = match?.rule.side ?? 'unknown'
  if (match?.rule.sideFixed !== true) {
    const cue = sideFromContext(fact.context.text)
    if (fact.remoteMta !== null && fact.remoteMta.value !== '') side = 'recipient-server'
    else if (cue !== null) {
      side = cue.side
      evidence.push(evidenceAt(fact.context, cue.index, cue.index + cue.length, cue.why))
    } else if (dialog !== null && side === 'unknown') {
      // A mail app's send-time error with no bounce around it: its own outgoing server answered.
      side = 'sender-server'
      evidence.push(evidenceAt(fact.context, dialog.index, dialog.index + dialog.length, APP_DIALOG_WHY))
    } else if (side === 'unknown' && isBareTemporaryRelay(source, reason, permanent)) {
      side = 'sender-server'
    }
  }
  const direction = directionOf(source, side, fact.context.text, dialog !== null)

  const remoteMta = refusingServer(fact)
  if (remoteMta?.evidence) evidence.push(remoteMta.evidence)
  if (fact.recipient?.evidence) evidence.push(fact.recipient.evidence)

  const ruleNode: LandingNode | undefined =
    match === null ? undefined : (match.rule.nodeBySide?.[side] ?? match.rule.node)
  const mta: Mta | null =
    mtaOfLog(source, fact.context.text) ?? match?.rule.mta ?? mtaFromContext(fact.context.text)
  const enhancedStatus = status?.value ?? null
  const node = landFor(
    {
      reason,
      side,
      direction,
      permanent,
      source,
      mta,
      enhancedStatus,
      endUser: landingNode(reason, side, permanent, ruleNode),
      ruleAdmin: match?.rule.adminNode,
    },
    fact.hint,
  )
  return {
    recognised: true,
    source,
    replyCode: reply,
    enhancedStatus,
    permanent,
    side,
    direction,
    reason,
    node,
    recipient: fact.recipient?.value ?? null,
    remoteMta: remoteMta?.value ?? null,
    mta,
    when: findWhen(fact.context.text),
    evidence: evidence.sort((a, b) => a.start - b.start),
  }
}

const APP_DIALOG_WHY = "A mail app's error when sending: its own outgoing server refused"

/**
 * A temporary relay refusal ("454 4.7.1 <x>: Relay access denied") with no bounce or log around it: a
 * server that defers relaying for another domain's server would have its refusal quoted in a delay
 * notice; bare, it is what a mail app shows when its own outgoing server refuses at send time.
 */
function isBareTemporaryRelay(
  source: InputSource,
  reason: SisimaiReason,
  permanent: boolean | null,
): boolean {
  return reason === 'norelaying' && permanent === false && (source === 'client-error' || source === 'unknown')
}

// A log's own shape names the server that wrote it, whichever server's wording it quotes.
const EXIM_LOG = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [^\n]{0,300}?(?: \*\* | == | H=| F=<)/m
const POSTFIX_LOG = /\bpostfix(?:\/[\w-]{1,30}){1,3}\[\d{1,10}\]:/i

function mtaOfLog(source: InputSource, text: string): Mta | null {
  if (source !== 'server-log') return null
  if (POSTFIX_LOG.test(text)) return 'postfix'
  return EXIM_LOG.test(text) ? 'exim' : null
}
