/** Shared class lists, so every control has the same size, focus ring and colours. */
export const focusRing =
  'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent dark:focus-visible:outline-accent-dark'

export const buttonBase = `inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 font-medium ${focusRing}`

export const primaryButton = `${buttonBase} bg-accent text-white hover:bg-accent-hover dark:bg-accent-dark dark:text-slate-950 dark:hover:bg-accent-dark-hover`

export const secondaryButton = `${buttonBase} border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800`

/** A large, full-width choice: one per answer. */
export const choiceButton = `flex w-full min-h-14 flex-col items-start gap-1 rounded-xl border-2 border-slate-300 bg-white px-4 py-3 text-left text-lg text-slate-900 hover:border-accent hover:bg-blue-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:border-accent-dark dark:hover:bg-slate-800 motion-safe:transition-colors ${focusRing}`

export const textLink = `text-link underline underline-offset-2 hover:text-link-hover dark:text-accent-dark dark:hover:text-accent-dark-hover ${focusRing}`

export const inputClass = `block w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 ${focusRing}`
