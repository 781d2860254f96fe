import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import { useT } from '@/store/locale-store.ts'
import { pasteStore } from '@/store/paste-store.ts'
import { secondaryButton } from '@/ui/styles.ts'
import { useFocusOnChange } from '@/ui/use-focus-on-change.ts'
import { DiagnosisCard } from './diagnosis-card.tsx'
import { PasteForm } from './paste-form.tsx'
import { useDiagnoses } from './use-diagnoses.ts'

/** Paste or drop an error; the decoder reads it in the browser and offers to continue the wizard. */
export function DecodeScreen() {
  const t = useT()
  const [request, setRequest] = useState(() => {
    const text = pasteStore.getState().text
    return { source: text.trim() === '' ? null : text, run: 0 }
  })
  const result = useDiagnoses(request.source, request.run)
  const heading = useFocusOnChange<HTMLHeadingElement>('decode')
  const resultHeading = useFocusOnChange<HTMLHeadingElement>(
    result.status === 'done' ? `decode-result-${String(result.run)}` : 'decode-waiting',
  )

  useEffect(() => {
    document.title = `${t('paste.title')} · ${t('app.name')}`
  }, [t])

  const read = () => {
    setRequest((previous) => ({ source: pasteStore.getState().text, run: previous.run + 1 }))
  }
  const recognised = result.status === 'done' ? result.diagnoses.filter((d) => d.recognised) : []

  return (
    <div className="space-y-8">
      <PasteForm onRead={read} headingLevel={1} headingRef={heading} />
      {result.status === 'reading' && <p role="status">{t('decode.reading')}</p>}
      {result.status === 'done' && (
        <section aria-labelledby="decode-result" className="space-y-4">
          <h2
            id="decode-result"
            ref={resultHeading}
            tabIndex={-1}
            className="text-2xl font-semibold outline-none"
          >
            {recognised.length > 0 ? t('decode.title') : t('decode.nothing.title')}
          </h2>
          {recognised.length === 0 ? (
            <>
              <p>{t('decode.nothing.body')}</p>
              <Link className={secondaryButton} to={paths.walk.href('eu-start')}>
                {t('decode.nothing.start')}
              </Link>
            </>
          ) : (
            recognised.map((diagnosis, index) => (
              <DiagnosisCard
                key={`${String(result.run)}-${String(index)}`}
                diagnosis={diagnosis}
                source={result.source}
                headingId={`diagnosis-${String(index)}`}
              />
            ))
          )}
        </section>
      )}
    </div>
  )
}
