import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import { useT } from '@/store/locale-store.ts'
import { primaryButton } from '@/ui/styles.ts'
import { useFocusOnChange } from '@/ui/use-focus-on-change.ts'

export function NotFound() {
  const t = useT()
  const heading = useFocusOnChange<HTMLHeadingElement>('not-found')
  return (
    <section className="space-y-6" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading" ref={heading} tabIndex={-1} className="text-3xl font-bold outline-none">
        {t('notFound.title')}
      </h1>
      <p className="text-lg">{t('notFound.body')}</p>
      <Link className={primaryButton} to={paths.home.href()}>
        {t('notFound.home')}
      </Link>
    </section>
  )
}
