import '@/config/messages-wizard.ts'
import type { Walk } from '@/engine/walk.ts'
import { answersAt, trailAnswers } from '@/engine/walk.ts'
import { describeNow } from '@/lib/describe-now.ts'
import { agentCallStore } from '@/store/agent-call-store.ts'
import { useT } from '@/store/locale-store.ts'
import type { EntryId } from '@/trees/entries.ts'
import { ENTRIES } from '@/trees/entries.ts'
import { stepCodec } from '@/trees/step-codec.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { callerLink } from './agent-href.ts'
import { composeSummary } from './compose-summary.ts'
import { diagnosisFacts } from './diagnosis-facts.ts'
import type { ErrorReading } from './use-error-reading.ts'
import { usePlainText } from './use-plain-text.ts'

/** Builds the ticket summary for this moment of the call: read when it is copied or shown. */
export function useSummary(walk: Walk<NodeId> | null, reading: ErrorReading) {
  const t = useT()
  const resolve = usePlainText()
  return (): { text: string; markdown: string } => {
    const { notes } = agentCallStore.getState()
    const entry = (Object.keys(ENTRIES) as EntryId[]).find((id) => ENTRIES[id] === walk?.start)
    const node = walk ? tree.nodes[walk.current] : null
    const code = walk ? stepCodec.encode(walk) : ''
    const next = () => {
      if (!walk || !node) return t('agent.lead')
      if (node.kind === 'question') {
        const answers = answersAt(tree, walk).map((answer) => resolve(answer.label))
        return t('agent.summary.nextQuestion', { answers: answers.join('; ') })
      }
      if (node.kind === 'step') return t('agent.summary.nextStep')
      if (node.ask) return resolve(node.ask)
      return node.verdict === 'resolved' ? t('agent.summary.resolved') : t(`wizard.verdict.${node.verdict}`)
    }
    return composeSummary(t, {
      when: describeNow(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone),
      entry: entry
        ? t(`agent.entry.${entry}`)
        : walk
          ? t('agent.summary.landing', { title: resolve(tree.nodes[walk.start].title) })
          : '—',
      answered: walk
        ? trailAnswers(tree, walk).map((step) => ({
            question: resolve(step.nodeData.title),
            answer: resolve(step.answer.label),
            note: notes[step.node] ?? '',
          }))
        : [],
      error: reading.status === 'done' ? reading.diagnoses.flatMap((d) => diagnosisFacts(t, d)) : [],
      current: {
        status: node
          ? node.kind === 'outcome'
            ? t(`wizard.verdict.${node.verdict}`)
            : t(`agent.kind.${node.kind}`)
          : '—',
        title: node ? resolve(node.title) : t('agent.title'),
        next: next(),
        note: walk ? (notes[walk.current] ?? '') : '',
      },
      code: code || '—',
      link: code ? callerLink(code, window.location) : '—',
    })
  }
}
