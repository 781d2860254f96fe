import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import { useT } from '@/store/locale-store.ts'
import { ScreenHeading } from '@/ui/screen-heading.tsx'
import { primaryButton } from '@/ui/styles.ts'

export function NotFound() {
  const t = useT()
  return (
    <section className="space-y-6" aria-labelledby="not-found-heading">
      <ScreenHeading id="not-found-heading" focusKey="not-found">
        {t('notFound.title')}
      </ScreenHeading>
      <p className="text-lg">{t('notFound.body')}</p>
      <Link className={primaryButton} to={paths.home.href()}>
        {t('notFound.home')}
      </Link>
    </section>
  )
}
