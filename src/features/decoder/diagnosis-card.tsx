// This screen's strings join the message table when its code loads.
import '@/config/messages-decode.ts'
import { useNavigate } from 'react-router'
import { paths } from '@/config/paths.ts'
import type { RecognisedDiagnosis } from '@/decoder/types.ts'
import { useT } from '@/store/locale-store.ts'
import { messageDraftStore } from '@/store/message-draft-store.ts'
import { primaryButton } from '@/ui/styles.ts'
import { draftFromDiagnosis } from './draft-from-diagnosis.ts'
import { evidenceExcerpts } from './evidence-excerpts.ts'

function useSummary() {
  const t = useT()
  return (d: RecognisedDiagnosis) =>
    [
      t('decode.summary', {
        codes: [d.replyCode, d.enhancedStatus].filter(Boolean).join(' ') || '—',
        permanence:
          d.permanent === null
            ? t('decode.summary.unknownPermanence')
            : t(d.permanent ? 'decode.summary.permanent' : 'decode.summary.temporary'),
        side: t(`decode.summary.${d.side}`),
      }),
      ...(d.remoteMta ? [t('decode.summary.host', { host: d.remoteMta })] : []),
    ].join(', ')
}

/** One recipient's diagnosis in plain words, the evidence highlighted, and the way on into the wizard. */
export function DiagnosisCard({
  diagnosis,
  source,
  headingId,
}: {
  diagnosis: RecognisedDiagnosis
  source: string
  headingId: string
}) {
  const t = useT()
  const navigate = useNavigate()
  const summary = useSummary()
  const d = diagnosis
  const excerpts = evidenceExcerpts(source, d.evidence)
  const side =
    d.side === 'recipient-server' && d.remoteMta
      ? t('decode.side.recipient-server-named', { host: d.remoteMta })
      : t(`decode.side.${d.side}`)
  const permanence = t(
    d.permanent === null
      ? 'decode.permanent.null'
      : d.permanent
        ? 'decode.permanent.true'
        : d.reason === 'norelaying'
          ? 'decode.permanent.relay'
          : 'decode.permanent.false',
  )

  const continueHere = () => {
    messageDraftStore.getState().update(draftFromDiagnosis(source, d, summary(d)))
    void navigate(paths.walk.href(d.node))
  }

  return (
    <article
      aria-labelledby={headingId}
      className="space-y-4 rounded-xl border-2 border-slate-300 p-4 dark:border-slate-600"
    >
      <h3 id={headingId} className="text-xl font-semibold">
        {d.recipient ? t('decode.recipient', { recipient: d.recipient }) : t('decode.noRecipient')}
      </h3>
      <dl className="space-y-3">
        <div>
          <dt className="font-semibold">{t('decode.what')}</dt>
          <dd>{t(`decode.reason.${d.reason}`)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t('decode.who')}</dt>
          <dd>{side}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t('decode.when')}</dt>
          <dd>{permanence}</dd>
        </div>
        {(d.replyCode ?? d.enhancedStatus) && (
          <div>
            <dt className="font-semibold">{t('decode.codes')}</dt>
            <dd className="font-mono">{[d.replyCode, d.enhancedStatus].filter(Boolean).join(' ')}</dd>
          </div>
        )}
        <div>
          <dt className="font-semibold">{t('decode.meaning')}</dt>
          <dd>{t(`decode.meaning.${d.node}`)}</dd>
        </div>
      </dl>
      {excerpts.length > 0 && (
        <div className="space-y-2">
          <h4 className="font-semibold">{t('decode.evidence')}</h4>
          <pre className="whitespace-pre-wrap break-words rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-900">
            {excerpts.map((segments, line) => (
              <span key={String(line)} className="block">
                {segments.map((segment, index) =>
                  segment.marked ? (
                    <mark
                      key={String(index)}
                      className="rounded bg-yellow-200 px-0.5 text-slate-950 dark:bg-yellow-300"
                    >
                      {segment.text}
                    </mark>
                  ) : (
                    <span key={String(index)}>{segment.text}</span>
                  ),
                )}
              </span>
            ))}
          </pre>
        </div>
      )}
      <button type="button" className={primaryButton} onClick={continueHere}>
        {t('decode.continue')}
      </button>
    </article>
  )
}
