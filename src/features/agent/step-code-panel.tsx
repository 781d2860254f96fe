import '@/config/messages-wizard.ts'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { StepCodeFailure } from '@/engine/step-code.ts'
import type { Walk } from '@/engine/walk.ts'
import { useT } from '@/store/locale-store.ts'
import { stepCodec } from '@/trees/step-codec.ts'
import type { NodeId } from '@/trees/tree.ts'
import { CopyButton } from '@/ui/copy-button.tsx'
import { Field } from '@/ui/field.tsx'
import { inputClass, secondaryButton } from '@/ui/styles.ts'
import { agentHref, callerLink } from './agent-href.ts'

function CurrentCode({ walk }: { walk: Walk<NodeId> }) {
  const t = useT()
  const code = stepCodec.encode(walk)
  const link = callerLink(code, window.location)
  const copies = [
    { text: code, copy: t('agent.code.copy'), accessibleName: t('agent.code.copyLabel') },
    { text: link, copy: t('agent.code.copyLink'), accessibleName: t('agent.code.copyLinkLabel') },
  ]
  return (
    <div className="space-y-2">
      <p className="text-lg">
        {t('agent.code.current')}{' '}
        <strong className="font-mono text-xl tracking-wider" data-testid="agent-step-code">
          {code}
        </strong>
      </p>
      <p className="break-all font-mono text-sm">{link}</p>
      <div className="flex flex-wrap gap-2">
        {copies.map((copy) => (
          <CopyButton
            key={copy.copy}
            text={copy.text}
            labels={{ ...copy, copied: t('block.copied'), failed: t('block.copyFailed') }}
          />
        ))}
      </div>
    </div>
  )
}

/** The current step's code to give the caller, and a field to open the code the caller reads out. */
export function StepCodePanel({ walk }: { walk: Walk<NodeId> | null }) {
  const t = useT()
  const navigate = useNavigate()
  const [input, setInput] = useState('')
  const [problem, setProblem] = useState<StepCodeFailure | null>(null)
  const open = (event: { preventDefault: () => void }) => {
    event.preventDefault()
    const result = stepCodec.decode(input)
    setProblem(result.ok ? null : result.reason)
    if (result.ok) {
      setInput('')
      void navigate(agentHref(result.walk))
    }
  }
  return (
    <section
      aria-labelledby="agent-code-heading"
      className="space-y-3 rounded-xl border border-slate-300 p-4 dark:border-slate-700"
    >
      <h2 id="agent-code-heading" className="text-lg font-semibold">
        {t('agent.code.heading')}
      </h2>
      {walk && <CurrentCode walk={walk} />}
      <form className="space-y-2" onSubmit={open} noValidate>
        <Field label={t('agent.code.label')} hint={t('agent.code.hint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={problem ? `agent-code-problem ${describedBy ?? ''}` : describedBy}
              aria-invalid={problem !== null}
              className={`${inputClass} font-mono uppercase`}
              autoComplete="off"
              spellCheck={false}
              value={input}
              onChange={(event) => {
                setInput(event.target.value)
              }}
            />
          )}
        </Field>
        <p
          role="alert"
          id="agent-code-problem"
          className="text-sm font-medium text-red-800 empty:hidden dark:text-red-300"
        >
          {problem ? t(`agent.code.${problem}`) : ''}
        </p>
        <button type="submit" className={secondaryButton}>
          {t('agent.code.open')}
        </button>
      </form>
    </section>
  )
}
