import { useCallback, useMemo } from 'react'
import { placeholderValues } from '@/config/provider-values.ts'
import { parseInlineFilled } from '@/engine/inline.ts'
import type { Text } from '@/engine/text.ts'
import { textIn } from '@/engine/text.ts'
import { useLocale } from '@/store/locale-store.ts'
import { useProvider } from '@/store/provider-store.ts'

/** Tree text as one plain string, markup spans unwrapped: for summaries, announcements and labels. */
export function usePlainText(): (text: Text) => string {
  const locale = useLocale()
  const config = useProvider((s) => s.config)
  const values = useMemo(() => placeholderValues(config), [config])
  return useCallback(
    (text: Text) =>
      parseInlineFilled(textIn(text, locale), values)
        .map((segment) => segment.value)
        .join(''),
    [locale, values],
  )
}
