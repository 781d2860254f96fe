import type { ReactNode } from 'react'
import { useId } from 'react'

/** A labelled form control; `children` receives the id and the hint's id for aria-describedby. */
export function Field({
  label,
  hint,
  children,
}: {
  label: string
  hint?: string | undefined
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode
}) {
  const id = useId()
  const hintId = `${id}-hint`
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      )}
      {children({ id, describedBy: hint ? hintId : undefined })}
    </div>
  )
}
