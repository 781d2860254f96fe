import { useT } from '@/store/locale-store.ts'

/**
 * Stands in for a screen while its code loads: the shape of a question (heading, text, answers), so
 * nothing jumps when the screen arrives. The drawing is one CSS class, also used before any script
 * has run (see boot.css). Focus stays where the browser put it.
 */
export function ScreenPlaceholder() {
  const t = useT()
  return (
    <div aria-busy="true">
      <p role="status" className="sr-only">
        {t('app.loading')}
      </p>
      <div className="screen-placeholder" aria-hidden="true" />
    </div>
  )
}
