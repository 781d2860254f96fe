import '@/config/messages-wizard.ts'
import { useT } from '@/store/locale-store.ts'
import { CopyButton } from '@/ui/copy-button.tsx'
import { AgentDialog } from './agent-dialog.tsx'

/** The ticket summary in both formats, each with its copy button. */
export function SummaryDialog({
  summary,
  onClose,
}: {
  summary: { text: string; markdown: string } | null
  onClose: () => void
}) {
  const t = useT()
  const formats = [
    {
      id: 'text',
      heading: t('agent.summary.textHeading'),
      value: summary?.text ?? '',
      copy: t('agent.copyText'),
    },
    {
      id: 'markdown',
      heading: t('agent.summary.markdownHeading'),
      value: summary?.markdown ?? '',
      copy: t('agent.copyMarkdown'),
    },
  ]
  return (
    <AgentDialog
      id="agent-summary"
      title={t('agent.summary.title')}
      open={summary !== null}
      onClose={onClose}
    >
      {formats.map((format) => (
        <section key={format.id} aria-labelledby={`agent-summary-${format.id}`} className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id={`agent-summary-${format.id}`} className="text-lg font-semibold">
              {format.heading}
            </h3>
            <CopyButton
              text={format.value}
              labels={{
                copy: format.copy,
                copied: t('block.copied'),
                failed: t('block.copyFailed'),
                accessibleName: format.copy,
              }}
            />
          </div>
          <pre
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable text block must be reachable by keyboard
            tabIndex={0}
            className="max-h-64 overflow-auto whitespace-pre-wrap rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-800"
          >
            {format.value}
          </pre>
        </section>
      ))}
    </AgentDialog>
  )
}
