import '@/config/messages-code.ts'
import { useEffect, useId, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { MessageKey } from '@/config/messages.ts'
import { paths } from '@/config/paths.ts'
import type { StepCodeFailure } from '@/engine/step-code.ts'
import { useT } from '@/store/locale-store.ts'
import { ENTRIES } from '@/trees/entries.ts'
import { stepCodec } from '@/trees/step-codec.ts'
import { Field } from '@/ui/field.tsx'
import { ScreenHeading } from '@/ui/screen-heading.tsx'
import { inputClass, primaryButton, secondaryButton } from '@/ui/styles.ts'
import { whenIdle } from '@/ui/when-idle.ts'

/** Longer text in the field is cut here: nothing a code needs, and the screen stays tidy. */
const MAX_SHOWN = 80

/**
 * `#/c`: type or paste a step code to open its step. Arriving from a `#/c/CODE` link that does not
 * work, it says what is wrong with the code (`arrived`) and keeps it in the field to correct.
 */
export function CodeScreen({ initial = '', arrived }: { initial?: string; arrived?: StepCodeFailure }) {
  const t = useT()
  const navigate = useNavigate()
  const problemId = useId()
  const [typed, setTyped] = useState(initial.slice(0, MAX_SHOWN))
  const [problem, setProblem] = useState<{ reason: StepCodeFailure; attempt: number } | undefined>(
    arrived && { reason: arrived, attempt: 0 },
  )
  const title = t(arrived ? 'code.badTitle' : 'code.title')
  useEffect(() => {
    whenIdle(() => {
      document.title = `${title} · ${t('app.name')}`
    })
  }, [title, t])

  const onSubmit = (event: { preventDefault: () => void }) => {
    event.preventDefault()
    const result = stepCodec.decode(typed)
    if (!result.ok) {
      setProblem({ reason: result.reason, attempt: (problem?.attempt ?? 0) + 1 })
      return
    }
    const answers = result.walk.trail.map((step) => step.answer)
    void navigate(paths.walk.href(result.walk.start, answers))
  }

  return (
    <section className="space-y-6" aria-labelledby="code-heading">
      <ScreenHeading id="code-heading" focusKey={`code ${arrived ?? ''} ${initial}`}>
        {title}
      </ScreenHeading>
      <p className="text-lg">{t('code.lead')}</p>
      <form className="space-y-3" onSubmit={onSubmit} noValidate>
        <Field label={t('code.field')} hint={t('code.hint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              className={`${inputClass} max-w-xs font-mono text-lg tracking-wider`}
              value={typed}
              onChange={(event) => {
                setTyped(event.target.value)
              }}
              aria-describedby={[problem && problemId, describedBy].filter(Boolean).join(' ') || undefined}
              aria-invalid={problem ? true : undefined}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
            />
          )}
        </Field>
        {problem && (
          <p
            key={problem.attempt}
            id={problemId}
            role={problem.attempt > 0 ? 'alert' : undefined}
            className="font-medium text-red-800 dark:text-red-300"
          >
            {t(`code.problem.${problem.reason}` as MessageKey)}
          </p>
        )}
        <button type="submit" className={primaryButton}>
          {t('code.open')}
        </button>
      </form>
      <div className="flex flex-wrap gap-3">
        <Link className={secondaryButton} to={paths.walk.href(ENTRIES['end-user'])}>
          {t('code.startUser')}
        </Link>
        <Link className={secondaryButton} to={paths.home.href()}>
          {t('code.home')}
        </Link>
      </div>
    </section>
  )
}
