import type { Answer } from '@/engine/types.ts'
import type { NodeId } from '@/trees/tree.ts'
import { keepFocusOnPress } from '@/ui/keep-focus-on-press.ts'
import { choiceButton } from '@/ui/styles.ts'
import { useHydrated } from '@/ui/use-hydrated.ts'
import { RichText } from './rich-text.tsx'

/** One large button per answer; off in a prerendered screen until the app has taken it over. */
export function AnswerList({
  answers,
  labelledBy,
  onChoose,
}: {
  answers: readonly Answer<NodeId>[]
  labelledBy: string
  onChoose: (key: string) => void
}) {
  const hydrated = useHydrated()
  return (
    <ul className="space-y-3" aria-labelledby={labelledBy}>
      {answers.map((answer) => (
        <li key={answer.key}>
          <button
            type="button"
            className={choiceButton}
            disabled={!hydrated}
            onMouseDown={keepFocusOnPress}
            onClick={() => {
              onChoose(answer.key)
            }}
          >
            <span className="font-medium">
              <RichText text={answer.label} />
            </span>
            {answer.hint && (
              <span className="text-base text-slate-700 dark:text-slate-300">
                <RichText text={answer.hint} />
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  )
}
