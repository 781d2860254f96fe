import { Link, Outlet } from 'react-router'
import { paths } from '@/config/paths.ts'
import { useT } from '@/store/locale-store.ts'
import { useProvider } from '@/store/provider-store.ts'
import { focusRing } from '@/ui/styles.ts'

function ConfigProblems() {
  const t = useT()
  const problems = useProvider((s) => s.problems)
  if (problems.length === 0) return null
  return (
    <div
      role="alert"
      className="rounded-lg border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50"
    >
      <p>{t('config.problem')}</p>
      <ul className="list-disc pl-6">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  )
}

export function RootLayout({ children }: { children?: React.ReactNode }) {
  const t = useT()
  return (
    <div className="flex min-h-dvh flex-col">
      {/* A button, not a link: with hash routing, href="#main" would be read as a route. */}
      <button
        type="button"
        className={`sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 ${focusRing}`}
        onClick={() => {
          document.getElementById('main')?.focus()
        }}
      >
        {t('app.skipToContent')}
      </button>
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-2xl items-center justify-between px-4 py-3">
          <Link to={paths.home.href()} className={`rounded text-lg font-bold ${focusRing}`}>
            {t('app.name')}
          </Link>
          <span className="text-sm text-slate-700 dark:text-slate-300">{t('app.tagline')}</span>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-2xl flex-1 space-y-6 px-4 py-8 outline-none"
      >
        <ConfigProblems />
        {children ?? <Outlet />}
      </main>
      <footer className="border-t border-slate-200 dark:border-slate-800">
        <p className="mx-auto max-w-2xl px-4 py-4 text-sm text-slate-700 dark:text-slate-300">
          {t('app.footer')}
        </p>
      </footer>
    </div>
  )
}
