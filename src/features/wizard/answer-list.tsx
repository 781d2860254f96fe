import type { MouseEvent } from 'react'
import type { Answer } from '@/engine/types.ts'
import type { NodeId } from '@/trees/tree.ts'
import { choiceButton } from '@/ui/styles.ts'
import { useHydrated } from '@/ui/use-hydrated.ts'
import { RichText } from './rich-text.tsx'

/**
 * A press of the mouse does not focus an answer: its click replaces the answer at once with the next
 * question, whose heading takes focus. A focused button taken out of the page makes the browser move
 * focus away and restyle the page in the middle of the click, a few ms on a slow phone.
 */
const keepFocusWhereItIs = (event: MouseEvent) => {
  event.preventDefault()
}

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
            onMouseDown={keepFocusWhereItIs}
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
