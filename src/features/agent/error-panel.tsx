import { useState } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '@/config/paths.ts'
import type { Diagnosis } from '@/decoder/types.ts'
import { agentCallStore, useAgentCall } from '@/store/agent-call-store.ts'
import { useT } from '@/store/locale-store.ts'
import { tree } from '@/trees/tree.ts'
import { Field } from '@/ui/field.tsx'
import { inputClass, secondaryButton } from '@/ui/styles.ts'
import { diagnosisFacts } from './diagnosis-facts.ts'
import type { ErrorReading } from './use-error-reading.ts'
import { usePlainText } from './use-plain-text.ts'

function DiagnosisItem({ diagnosis }: { diagnosis: Diagnosis }) {
  const t = useT()
  const resolve = usePlainText()
  const navigate = useNavigate()
  return (
    <li className="space-y-2 rounded-lg bg-slate-100 p-3 dark:bg-slate-800">
      <ul className="space-y-1 text-sm">
        {diagnosisFacts(t, diagnosis).map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <button
        type="button"
        className={`${secondaryButton} min-h-9 text-sm`}
        onClick={() => {
          void navigate(paths.agent.href(diagnosis.node))
        }}
      >
        {t('agent.error.jump', { title: resolve(tree.nodes[diagnosis.node].title) })}
      </button>
    </li>
  )
}

function ReadingResult({ reading }: { reading: ErrorReading }) {
  const t = useT()
  switch (reading.status) {
    case 'idle':
      return null
    case 'reading':
      return <p>{t('agent.error.reading')}</p>
    case 'failed':
      return <p>{t(reading.problem === 'timeout' ? 'agent.error.timeout' : 'agent.error.failed')}</p>
    case 'done':
      return (
        <ul className="space-y-2" aria-label={t('agent.error.heading')}>
          {reading.diagnoses.map((diagnosis, index) => (
            <DiagnosisItem key={`${String(index)}-${diagnosis.recipient ?? ''}`} diagnosis={diagnosis} />
          ))}
        </ul>
      )
  }
}

/** Paste what the caller reads out or forwards; the diagnosis shows here with a way to its step. */
export function ErrorPanel({ reading, read }: { reading: ErrorReading; read: (text: string) => void }) {
  const t = useT()
  const text = useAgentCall((s) => s.errorText)
  const [empty, setEmpty] = useState(false)
  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault()
    setEmpty(text.trim() === '')
    if (text.trim() !== '') read(text)
  }
  return (
    <section
      aria-labelledby="agent-error-heading"
      className="space-y-3 rounded-xl border border-slate-300 p-4 dark:border-slate-700"
    >
      <h2 id="agent-error-heading" className="text-lg font-semibold">
        {t('agent.error.heading')}
      </h2>
      <form className="space-y-2" onSubmit={submit} noValidate>
        <Field label={t('agent.error.label')} hint={t('agent.error.hint')}>
          {({ id, describedBy }) => (
            <textarea
              id={id}
              aria-describedby={describedBy}
              className={`${inputClass} min-h-24 font-mono text-sm`}
              spellCheck={false}
              value={text}
              onChange={(event) => {
                agentCallStore.getState().setErrorText(event.target.value)
              }}
            />
          )}
        </Field>
        <p role="alert" className="text-sm font-medium text-red-800 empty:hidden dark:text-red-300">
          {empty ? t('agent.error.empty') : ''}
        </p>
        <button type="submit" className={secondaryButton}>
          {t('agent.error.read')}
        </button>
      </form>
      <div aria-live="polite">
        <ReadingResult reading={reading} />
      </div>
    </section>
  )
}
