// This screen's strings join the message table when its code loads.
import '@/config/messages-decode.ts'
import type { ReactNode, Ref } from 'react'
import { useEffect, useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import type { MessageKey } from '@/config/messages.ts'
import { paths } from '@/config/paths.ts'
import type { RecognisedDiagnosis } from '@/decoder/types.ts'
import { useT } from '@/store/locale-store.ts'
import { pasteStore } from '@/store/paste-store.ts'
import { secondaryButton } from '@/ui/styles.ts'
import { useFocusOnChange } from '@/ui/use-focus-on-change.ts'
import { whenIdle } from '@/ui/when-idle.ts'
import { ClearEntered } from './clear-entered.tsx'
import { DiagnosisCard } from './diagnosis-card.tsx'
import { hintFromNode } from './entry-hint.ts'
import { PasteForm } from './paste-form.tsx'
import type { DecodeResult } from './use-diagnoses.ts'
import { useDiagnoses } from './use-diagnoses.ts'

/** What the status region says, so screen readers hear when reading starts and when it ends. */
const STATUS: Record<DecodeResult['status'], MessageKey | null> = {
  idle: null,
  reading: 'decode.reading',
  done: 'decode.ready',
  failed: 'decode.failed.title',
}

/** Paste or drop an error; the decoder reads it in a worker and offers to continue the wizard. */
export function DecodeScreen() {
  const t = useT()
  const [request, setRequest] = useState(() => {
    const text = pasteStore.getState().text
    return { source: text.trim() === '' ? null : text, run: 0 }
  })
  const [search] = useSearchParams()
  const from = search.get('from')
  const hint = useMemo(() => hintFromNode(from), [from])
  const result = useDiagnoses(request.source, request.run, hint)
  const heading = useFocusOnChange<HTMLHeadingElement>('decode')
  const resultHeading = useFocusOnChange<HTMLHeadingElement>(
    result.status === 'done' || result.status === 'failed'
      ? `decode-result-${String(result.run)}`
      : 'decode-waiting',
  )

  useEffect(() => {
    whenIdle(() => {
      document.title = `${t('paste.title')} · ${t('app.name')}`
    })
  }, [t])

  const read = () => {
    const text = pasteStore.getState().text
    setRequest((previous) => ({ source: text.trim() === '' ? null : text, run: previous.run + 1 }))
  }
  const forget = () => {
    setRequest((previous) => ({ source: null, run: previous.run + 1 }))
  }
  const recognised =
    result.status === 'done' ? result.diagnoses.filter((d): d is RecognisedDiagnosis => d.recognised) : []
  const status = STATUS[result.status]
  const questions = (
    <Link className={secondaryButton} to={paths.walk.href(hint.role === 'admin' ? 'ad-start' : 'eu-start')}>
      {t('decode.nothing.start')}
    </Link>
  )

  return (
    <div className="space-y-8">
      <PasteForm onRead={read} onEmpty={forget} headingLevel={1} headingRef={heading} />
      <ClearEntered onCleared={forget} />
      <p role="status">{status ? t(status) : ''}</p>
      {result.status === 'failed' && (
        <ResultSection headingRef={resultHeading} title={t('decode.failed.title')}>
          <p>{t(result.problem === 'timeout' ? 'decode.failed.timeout' : 'decode.failed.error')}</p>
          {questions}
        </ResultSection>
      )}
      {result.status === 'done' && (
        <ResultSection
          headingRef={resultHeading}
          title={recognised.length > 0 ? t('decode.title') : t('decode.nothing.title')}
        >
          {recognised.length === 0 ? (
            <>
              <p>{t('decode.nothing.body')}</p>
              {questions}
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
        </ResultSection>
      )}
    </div>
  )
}

/** The result of a read: a heading that takes focus when the result appears, then its content. */
function ResultSection({
  headingRef,
  title,
  children,
}: {
  headingRef: Ref<HTMLHeadingElement>
  title: string
  children: ReactNode
}) {
  return (
    <section aria-labelledby="decode-result" className="space-y-4">
      <h2 id="decode-result" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold outline-none">
        {title}
      </h2>
      {children}
    </section>
  )
}
