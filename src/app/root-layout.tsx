import { Link, Outlet } from 'react-router'
import { paths } from '@/config/paths.ts'
import { useT } from '@/store/locale-store.ts'
import { useProvider } from '@/store/provider-store.ts'
import { focusRing } from '@/ui/styles.ts'

/**
 * The end user can do nothing about a broken provider.json, and the neutral wording reads naturally,
 * so the details go to the host (browser console, `npm run config:check`). The user gets one quiet
 * line, and only when the host's file was read but partly ignored: it explains why some details are
 * general rather than the provider's own. A file that is absent or does not arrive shows nothing,
 * because the neutral wording is then simply the app's wording. The live region is always present so
 * the line is announced politely when it appears after the screen.
 */
function SettingsIgnoredNote() {
  const t = useT()
  const settingsIgnored = useProvider((s) => s.settingsIgnored)
  return (
    <p
      role="status"
      className="mx-auto max-w-2xl px-4 pb-4 text-sm text-slate-700 empty:pb-0 dark:text-slate-300"
    >
      {settingsIgnored ? t('config.settingsIgnored') : null}
    </p>
  )
}

/** The provider's logo from its theme, named by the provider's name (decorative when there is none). */
function ProviderLogo() {
  const logo = useProvider((s) => s.config.theme.logo)
  const name = useProvider((s) => s.config.name)
  if (logo === undefined) return null
  return <img src={logo} alt={name ?? ''} className="h-8 w-auto max-w-32 object-contain" />
}

/** The page frame; `children` replaces the routed screen (an error, or nothing while a screen loads). */
export function RootLayout({ children }: { children?: React.ReactNode }) {
  const t = useT()
  return (
    <div className="flex min-h-dvh flex-col embedded:min-h-0">
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
          {/* Tall enough for the logo, and the logo after the name: provider.json arrives after the
              first paint, and its logo must not move what is already on screen. */}
          <span className="flex min-h-8 items-center gap-3">
            <Link to={paths.home.href()} className={`rounded text-lg font-bold ${focusRing}`}>
              {t('app.name')}
            </Link>
            <ProviderLogo />
          </span>
          <span className="text-sm text-slate-700 dark:text-slate-300">{t('app.tagline')}</span>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-2xl flex-1 space-y-6 px-4 py-8 outline-none"
      >
        {children === undefined ? <Outlet /> : children}
      </main>
      <footer className="border-t border-slate-200 dark:border-slate-800">
        <p className="mx-auto max-w-2xl px-4 py-4 text-sm text-slate-700 dark:text-slate-300">
          {t('app.footer')}
        </p>
        <SettingsIgnoredNote />
      </footer>
    </div>
  )
}
