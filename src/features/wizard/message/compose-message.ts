// The message's strings join the message table when its code loads.
import '@/config/messages-letter.ts'
import type { MessageKey } from '@/config/messages.ts'
import { factLines } from '@/engine/facts.ts'
import type { Text } from '@/engine/text.ts'
import type { Facts, Verdict } from '@/engine/types.ts'
import type { MessageDraft } from '@/store/message-draft-store.ts'
import { FACTS } from '@/trees/facts.ts'

export type HandoverVerdict = Exclude<Verdict, 'resolved'>
type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string

export type MessageParts = {
  readonly verdict: HandoverVerdict
  readonly draft: MessageDraft
  /** Facts from the walk, already as readable label/value pairs. */
  readonly facts: readonly { readonly label: string; readonly value: string }[]
  /** Titles of the steps the user carried out without success. */
  readonly tried: readonly string[]
  readonly ask: string
  /** The network the user picked in the message's field, or '' when they left it. */
  readonly networkLabel: string
  /** The network as the walk's answers describe it (see `networkFromFacts`), used when none was picked. */
  readonly networkFromAnswers: string
}

/** Facts that describe the network; the message shows them on its Network line rather than as facts. */
export const NETWORK_FACTS: readonly string[] = ['network', 'where']

/** The network as the answers describe it, e.g. "moves between Wi-Fi, mobile data or a VPN; only on some networks". */
export function networkFromFacts(facts: Facts, resolve: (text: Text) => string): string {
  return factLines(FACTS, facts)
    .filter((line) => NETWORK_FACTS.includes(line.key))
    .map((line) => resolve(line.value))
    .join('; ')
}

/** Builds the message from the walk and the user's fields. Pure: the same parts give the same text. */
export function composeMessage(t: Translate, parts: MessageParts): { subject: string; body: string } {
  const { draft } = parts
  const line = (key: MessageKey, value: string) => (value.trim() === '' ? [] : [`${t(key)}: ${value.trim()}`])
  const details = [
    ...line('message.body.when', draft.when),
    ...line('message.body.sender', draft.sender),
    ...line('message.body.recipientDomain', draft.recipientDomain),
    ...line('message.body.outgoingServer', draft.outgoingServer),
    ...line('message.body.network', parts.networkLabel.trim() || parts.networkFromAnswers),
    ...line('message.body.decoded', draft.decoded),
    ...parts.facts.map((fact) => `${fact.label}: ${fact.value}`),
  ]
  const error = draft.errorText.trim() === '' ? t('message.body.noError') : draft.errorText.trim()
  const sections = [
    t('message.greeting'),
    t(`message.opening.${parts.verdict}`),
    `${t('message.body.error')}\n${error}`,
    details.join('\n'),
    parts.tried.length > 0
      ? `${t('message.body.tried')}\n${parts.tried.map((step) => `- ${step}`).join('\n')}`
      : '',
    `${t('message.body.request')}\n${parts.ask}`,
    t('message.body.closing'),
  ]
  return { subject: t('message.subject'), body: sections.filter((s) => s !== '').join('\n\n') }
}

/** A mailto: link; the user's mail app opens with the message, nothing is sent by Relay Doctor. */
export function mailtoHref(address: string | null, subject: string, body: string): string {
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
  return `mailto:${address ? encodeURIComponent(address).replace('%40', '@') : ''}?${query}`
}

export { describeNow } from '@/lib/describe-now.ts'
