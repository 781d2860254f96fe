import '@/config/messages-wizard.ts'
import { useId, useState } from 'react'
import { blocklistLinks, parseLookupTarget } from '@/config/lookup-links.ts'
import type { Text } from '@/engine/text.ts'
import { useT } from '@/store/locale-store.ts'
import { focusRing, textLink } from '@/ui/styles.ts'
import { RichText } from './rich-text.tsx'

/** Builds links to public blocklist checkers; nothing is looked up until the user opens a link. */
export function BlocklistLookup({ text }: { text: Text }) {
  const t = useT()
  const id = useId()
  const [raw, setRaw] = useState('')
  const target = parseLookupTarget(raw)
  const links = target ? blocklistLinks(target) : null
  const showError = raw.trim() !== '' && !target
  return (
    <div className="space-y-3 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <p>
        <RichText text={text} />
      </p>
      <label htmlFor={id} className="block font-medium">
        {t('lookup.label')}
      </label>
      <p id={`${id}-hint`} className="text-base text-slate-700 dark:text-slate-300">
        {t('lookup.hint')}
      </p>
      <input
        id={id}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        value={raw}
        onChange={(event) => {
          setRaw(event.target.value.slice(0, 300))
        }}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-invalid={showError}
        className={`block w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 font-mono text-base text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 ${focusRing}`}
      />
      <p id={`${id}-status`} role="status" className="text-base">
        {showError ? t('lookup.invalid') : links ? '' : t('lookup.waiting')}
      </p>
      {links && target && (
        <ul className="space-y-2">
          <li>
            <a className={textLink} href={links.mxtoolbox} target="_blank" rel="noopener noreferrer">
              {t('lookup.mxtoolbox', { target: target.value })}{' '}
              <span className="sr-only">{t('block.external')}</span>
              <span aria-hidden="true"> ↗</span>
            </a>
          </li>
          <li>
            <a className={textLink} href={links.multirbl} target="_blank" rel="noopener noreferrer">
              {t('lookup.multirbl', { target: target.value })}{' '}
              <span className="sr-only">{t('block.external')}</span>
              <span aria-hidden="true"> ↗</span>
            </a>
          </li>
        </ul>
      )}
    </div>
  )
}
