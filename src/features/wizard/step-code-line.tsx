import '@/config/messages-code.ts'
import { paths } from '@/config/paths.ts'
import type { Walk } from '@/engine/walk.ts'
import { useT } from '@/store/locale-store.ts'
import { stepCodec } from '@/trees/step-codec.ts'
import type { NodeId } from '@/trees/tree.ts'
import { CopyButton } from '@/ui/copy-button.tsx'

/** "7K3M-X9QP" → "7 K 3 M, X 9 Q P", so a screen reader reads one character at a time. */
const spelled = (code: string): string =>
  code
    .split('-')
    .map((group) => group.split('').join(' '))
    .join(', ')

/** The address of the code's link, as it would be pasted: this page with `#/c/CODE` (just that in the build's prerender). */
const linkTo = (code: string): string =>
  `${typeof window === 'undefined' ? '' : (window.location.href.split('#')[0] ?? '')}#${paths.code.href(code)}`

/** The step code of this screen, with its link, each with a Copy button: for telling a helpdesk agent. */
export function StepCodeLine({ walk }: { walk: Walk<NodeId> }) {
  const t = useT()
  const code = stepCodec.encode(walk)
  const labels = { copy: t('code.copy'), copied: t('code.copied'), failed: t('code.copyFailed') }
  return (
    <div className="space-y-2 border-t border-slate-300 pt-4 text-base dark:border-slate-700">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span>
          <span aria-hidden="true">
            {t('code.yours')} <code className="font-mono text-lg font-semibold tracking-wider">{code}</code>
          </span>
          <span className="sr-only">{t('code.spelled', { spelled: spelled(code) })}</span>
        </span>
        <CopyButton text={code} labels={{ ...labels, accessibleName: t('code.copyCode') }} />
      </p>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span>
          {t('code.link')} <code className="font-mono break-all">#{paths.code.href(code)}</code>
        </span>
        <CopyButton text={linkTo(code)} labels={{ ...labels, accessibleName: t('code.copyLink') }} />
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('code.explain')}</p>
    </div>
  )
}
