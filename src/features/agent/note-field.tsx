import { agentCallStore, MAX_NOTE, useAgentCall } from '@/store/agent-call-store.ts'
import { useT } from '@/store/locale-store.ts'
import { Field } from '@/ui/field.tsx'
import { inputClass } from '@/ui/styles.ts'

/** The agent's note on the current step, kept per node in this tab only. */
export function NoteField({ node }: { node: string }) {
  const t = useT()
  const note = useAgentCall((s) => s.notes[node] ?? '')
  return (
    <Field label={t('agent.note')} hint={t('agent.noteHint')}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          aria-describedby={describedBy}
          className={`${inputClass} min-h-20`}
          maxLength={MAX_NOTE}
          value={note}
          onChange={(event) => {
            agentCallStore.getState().setNote(node, event.target.value)
          }}
        />
      )}
    </Field>
  )
}
