import '@/config/messages-wizard.ts'
import { useLayoutEffect, useRef, useState } from 'react'
import type { Block } from '@/engine/content.ts'
import { visibleBlocks } from '@/engine/content.ts'
import type { Facts } from '@/engine/types.ts'
import { useT } from '@/store/locale-store.ts'
import { focusRing } from '@/ui/styles.ts'
import { Blocks } from './blocks.tsx'

/** Wide enough that a question's explanation and its answers fit one screen together (48rem). */
const WIDE = '(min-width: 48rem)'

/**
 * Whether the screen is wide, kept current by the media query's own change events: reading `matches`
 * as each question renders would make the browser bring its styles up to date in the middle of the
 * click, and then again once the new question is in.
 */
const wideScreen = (() => {
  if (typeof window === 'undefined') return () => false // the prerender
  const query = window.matchMedia(WIDE)
  let wide = query.matches
  query.addEventListener('change', (event) => {
    wide = event.matches
  })
  return () => wide
})()

/**
 * A question's explanation, behind a native disclosure: folded on a phone, so the answers start within
 * the first screenful; open on a wider screen, where admins need the log samples beside the answers.
 * The summary is a keyboard- and screen-reader-operable toggle by itself. Each new `question` starts
 * from the default again, in the same element: a new disclosure per question would cost every answer's
 * click the browser's setting up of one.
 */
export function WhyWeAsk({
  question,
  blocks,
  facts,
}: {
  question: string
  blocks: readonly Block[]
  facts: Facts
}) {
  const t = useT()
  // Read once: after that the disclosure is the browser's own, so opening or folding it renders nothing.
  const [open] = useState(wideScreen)
  const details = useRef<HTMLDetailsElement>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new question, before it is painted
  useLayoutEffect(() => {
    const wide = wideScreen()
    if (details.current && details.current.open !== wide) details.current.open = wide
  }, [question])
  if (visibleBlocks(blocks, facts).length === 0) return null
  return (
    <details
      ref={details}
      className="group rounded-xl border border-slate-300 dark:border-slate-700"
      open={open}
      // Read by boot.js, which opens a prerendered disclosure on a wide screen as the app would.
      data-open-from={WIDE}
    >
      <summary
        className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-xl px-4 py-2 text-lg font-medium text-blue-800 dark:text-sky-300 ${focusRing}`}
      >
        <span aria-hidden="true" className="motion-safe:transition-transform group-open:rotate-90">
          ▸
        </span>
        {t('wizard.whyWeAsk')}
      </summary>
      <div className="px-4 pb-4">
        <Blocks blocks={blocks} facts={facts} />
      </div>
    </details>
  )
}
