import { isRouteErrorResponse, useRouteError } from 'react-router'
import { useT } from '@/store/locale-store.ts'
import { primaryButton, secondaryButton } from '@/ui/styles.ts'
import { useFocusOnChange } from '@/ui/use-focus-on-change.ts'
import { NotFound } from './routes/not-found.tsx'

/** Catches anything a route throws, so there is never a blank screen. */
export function RouteError() {
  const error = useRouteError()
  const t = useT()
  const heading = useFocusOnChange<HTMLHeadingElement>('route-error')
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />
  return (
    <section className="space-y-6" aria-labelledby="error-heading">
      <h1 id="error-heading" ref={heading} tabIndex={-1} className="text-3xl font-bold outline-none">
        {t('error.title')}
      </h1>
      <p className="text-lg">{t('error.body')}</p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={primaryButton}
          onClick={() => {
            window.location.reload()
          }}
        >
          {t('error.retry')}
        </button>
        <a className={secondaryButton} href="#/">
          {t('error.home')}
        </a>
      </div>
    </section>
  )
}
