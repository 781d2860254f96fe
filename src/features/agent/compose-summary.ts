// The summary's strings join the message table when the agent view's code loads.
import '@/config/messages-agent.ts'
import type { MessageKey } from '@/config/messages.ts'

type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string

/** Everything the ticket summary says, as resolved plain strings. */
export type SummaryParts = {
  /** Date, time and time zone, as `describeNow` gives them. */
  readonly when: string
  readonly entry: string
  readonly answered: readonly { readonly question: string; readonly answer: string; readonly note: string }[]
  /** The decoded error, one fact per line; empty when no error was pasted. */
  readonly error: readonly string[]
  readonly current: {
    /** "Current question", "Current step" or the outcome's verdict. */
    readonly status: string
    readonly title: string
    /** What happens next: the answers to pick from, the step to carry out, or the outcome's request. */
    readonly next: string
    readonly note: string
  }
  readonly code: string
  readonly link: string
}

/**
 * Escapes what Markdown would read as formatting, so typed notes and pasted text stay literal. The caller's
 * link is not escaped but wrapped as an autolink: a `\#` in a bare URL would break it.
 */
const literal = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, '\\$&')

function lines(t: Translate, parts: SummaryParts, markdown: boolean) {
  const value = (text: string) => (markdown ? literal(text) : text)
  const field = (key: MessageKey, text: string) =>
    markdown ? `**${t(key)}:** ${value(text)}` : `${t(key)}: ${text}`
  const heading = (key: MessageKey) => (markdown ? `## ${t(key)}` : t(key).toUpperCase())
  const item = (text: string) => `- ${value(text)}`
  const note = (text: string) => (text === '' ? [] : [`  ${t('agent.summary.note')}: ${value(text)}`])
  const { current } = parts
  return [
    markdown ? `# ${t('agent.summary.title')}` : t('agent.summary.title'),
    '',
    field('agent.summary.when', parts.when),
    field('agent.summary.entry', parts.entry),
    field('agent.summary.code', parts.code),
    markdown && /^https?:\/\//.test(parts.link)
      ? `**${t('agent.summary.link')}:** <${parts.link}>`
      : field('agent.summary.link', parts.link),
    '',
    heading('agent.summary.answers'),
    ...(parts.answered.length === 0
      ? [item(t('agent.summary.noAnswers'))]
      : parts.answered.flatMap((step) => [item(`${step.question} → ${step.answer}`), ...note(step.note)])),
    ...(parts.error.length === 0 ? [] : ['', heading('agent.summary.error'), ...parts.error.map(item)]),
    '',
    heading('agent.summary.now'),
    field('agent.summary.status', `${current.status}: ${current.title}`),
    field('agent.summary.next', current.next),
    ...(current.note === '' ? [] : [field('agent.summary.note', current.note)]),
  ]
}

/** The ticket summary in plain text and in Markdown. Pure: the same parts give the same text. */
export function composeSummary(t: Translate, parts: SummaryParts): { text: string; markdown: string } {
  return { text: lines(t, parts, false).join('\n'), markdown: lines(t, parts, true).join('\n') }
}
