import type { ReactNode } from 'react'

const TONES = {
  warning:
    'border-amber-600 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50',
  tip: 'border-emerald-700 bg-emerald-50 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-50',
} as const

/** A highlighted note; `label` is read first ("Warning", "Tip") so the tone is not conveyed by colour alone. */
export function Callout({
  tone,
  label,
  children,
}: {
  tone: keyof typeof TONES
  label: string
  children: ReactNode
}) {
  return (
    <div className={`rounded-lg border-l-4 px-4 py-3 ${TONES[tone]}`}>
      <p>
        <strong className="font-semibold">{label}: </strong>
        {children}
      </p>
    </div>
  )
}
