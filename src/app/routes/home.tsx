import type { MouseEvent } from 'react'
import { useEffect } from 'react'
import { Link, useNavigate } from 'react-router'
import type { MessageKey } from '@/config/messages.ts'
import { paths } from '@/config/paths.ts'
import { PasteForm } from '@/features/decoder/paste-form.tsx'
import { useT } from '@/store/locale-store.ts'
import { useResume } from '@/store/resume-store.ts'
import type { EntryId } from '@/trees/entries.ts'
import { ENTRIES } from '@/trees/entries.ts'
import { keepFocusOnPress } from '@/ui/keep-focus-on-press.ts'
import { ScreenHeading } from '@/ui/screen-heading.tsx'
import { choiceButton, textLink } from '@/ui/styles.ts'
import { prefetchWalkOnIntent } from '../prefetch-walk.ts'

const ENTRY_IDS = Object.keys(ENTRIES) as EntryId[]

export function Component({
  onEnter,
  onIntent,
}: {
  onEnter?: (event: MouseEvent, start: string) => void
  onIntent?: (start: string) => void
}) {
  const t = useT()
  const lastWalk = useResume((s) => s.lastWalk)
  const navigate = useNavigate()
  useEffect(() => {
    document.title = `${t('app.name')}: ${t('app.tagline')}`
  }, [t])

  return (
    <div className="space-y-8">
      <section className="space-y-4" aria-labelledby="home-heading">
        <ScreenHeading id="home-heading" focusKey="home">
          {t('home.title')}
        </ScreenHeading>
        <p className="text-lg leading-relaxed">{t('home.lead')}</p>
        <p className="text-base text-slate-700 dark:text-slate-300">{t('home.codes')}</p>
      </section>
      <section className="space-y-3" aria-labelledby="entries-heading">
        <h2 id="entries-heading" className="text-xl font-semibold">
          {t('home.choose')}
        </h2>
        <ul className="space-y-3">
          {ENTRY_IDS.map((entry) => (
            <li key={entry}>
              <Link
                className={choiceButton}
                to={paths.walk.href(ENTRIES[entry])}
                onMouseDown={keepFocusOnPress}
                onClick={(event) => onEnter?.(event, ENTRIES[entry])}
                {...prefetchWalkOnIntent(ENTRIES[entry], onIntent)}
              >
                <span className="font-medium">{t(`entry.${entry}.label` as MessageKey)}</span>
                <span className="text-base text-slate-700 dark:text-slate-300">
                  {t(`entry.${entry}.hint` as MessageKey)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        {lastWalk && lastWalk.answers.length > 0 && (
          <p>
            <Link
              className={textLink}
              to={paths.walk.href(lastWalk.start, lastWalk.answers)}
              {...prefetchWalkOnIntent(lastWalk.start)}
            >
              {t('home.resume')}
            </Link>
          </p>
        )}
        <p>
          <Link className={textLink} to={paths.code.href()}>
            {t('home.haveCode')}
          </Link>
        </p>
        <p>
          <Link className={textLink} to={paths.agent.href()}>
            {t('home.agent')}
          </Link>
        </p>
      </section>
      <section className="rounded-xl border border-slate-300 p-4 dark:border-slate-700">
        <PasteForm
          onRead={() => {
            void navigate(paths.decode.href())
          }}
        />
      </section>
    </div>
  )
}
