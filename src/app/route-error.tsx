import { isRouteErrorResponse, useRouteError } from 'react-router'
import { useT } from '@/store/locale-store.ts'
import { ScreenHeading } from '@/ui/screen-heading.tsx'
import { primaryButton, secondaryButton } from '@/ui/styles.ts'
import { NotFound } from './routes/not-found.tsx'

/** Catches anything a route throws, so there is never a blank screen. */
export function RouteError() {
  const error = useRouteError()
  const t = useT()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />
  return (
    <section className="space-y-6" aria-labelledby="error-heading">
      <ScreenHeading id="error-heading" focusKey="route-error">
        {t('error.title')}
      </ScreenHeading>
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
