import type { ReactNode } from 'react'
import { useEffect, useRef } from 'react'
import { useT } from '@/store/locale-store.ts'
import { secondaryButton } from '@/ui/styles.ts'

/**
 * A modal dialog on the native element: it traps focus while open, Escape closes it, and focus goes
 * back to whatever had it before (usually the button or the shortcut's screen).
 */
export function AgentDialog({
  id,
  title,
  open,
  onClose,
  children,
  actions,
  closeLabel,
}: {
  id: string
  title: string
  open: boolean
  onClose: () => void
  children: ReactNode
  /** Buttons before Close, for example a confirmation. */
  actions?: ReactNode
  closeLabel?: string
}) {
  const t = useT()
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      dialog.showModal()
    } else if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      className="m-auto max-h-[90vh] w-[min(44rem,95vw)] overflow-y-auto rounded-xl border border-slate-300 bg-white p-6 text-slate-900 backdrop:bg-slate-950/60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      onClose={() => {
        onClose()
        const previous = opener.current
        if (previous instanceof HTMLElement && previous.isConnected) previous.focus()
      }}
    >
      <h2 id={`${id}-title`} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      <div className="space-y-4">{children}</div>
      <div className="mt-6 flex flex-wrap gap-3">
        {actions}
        <button
          type="button"
          className={secondaryButton}
          onClick={() => {
            ref.current?.close()
          }}
        >
          {closeLabel ?? t('agent.close')}
        </button>
      </div>
    </dialog>
  )
}
