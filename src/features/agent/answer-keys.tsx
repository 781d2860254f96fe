import type { Answer } from '@/engine/types.ts'
import { useAgentCall } from '@/store/agent-call-store.ts'
import { useT } from '@/store/locale-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { focusRing } from '@/ui/styles.ts'
import { useAgentKit } from './agent-kit.ts'

const answerButton = `flex w-full items-start gap-3 rounded-lg border-2 border-slate-300 bg-white px-3 py-2 text-left hover:border-blue-700 hover:bg-blue-50 dark:border-slate-600 dark:bg-slate-900 dark:hover:border-sky-300 dark:hover:bg-slate-800 ${focusRing}`

/** The answers, numbered: keys 1 to 9 pick them, and each button says its key. */
export function AnswerKeys({
  answers,
  labelledBy,
  onChoose,
}: {
  answers: readonly Answer<NodeId>[]
  labelledBy: string
  onChoose: (key: string) => void
}) {
  const t = useT()
  const { RichText } = useAgentKit()
  const keysOn = useAgentCall((s) => s.shortcutsOn)
  return (
    <ol className="grid gap-2 xl:grid-cols-2" aria-labelledby={labelledBy}>
      {answers.map((answer, index) => {
        const key = index < 9 ? String(index + 1) : null
        return (
          <li key={answer.key}>
            <button
              type="button"
              className={answerButton}
              aria-keyshortcuts={key !== null && keysOn ? key : undefined}
              onClick={() => {
                onChoose(answer.key)
              }}
            >
              <span
                className="min-w-7 rounded border border-slate-400 px-1.5 text-center font-mono font-semibold"
                aria-hidden="true"
              >
                {key ?? '·'}
              </span>
              <span className="flex flex-col">
                <span className="font-medium">
                  <RichText text={answer.label} />
                </span>
                {answer.hint && (
                  <span className="text-sm text-slate-700 dark:text-slate-300">
                    <RichText text={answer.hint} />
                  </span>
                )}
              </span>
              {key !== null && <span className="sr-only">{t('agent.answerKey', { n: key })}</span>}
            </button>
          </li>
        )
      })}
    </ol>
  )
}
