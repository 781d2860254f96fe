import { useCallback, useMemo } from 'react'
import { placeholderValues } from '@/config/provider-values.ts'
import type { InlineSegment } from '@/engine/inline.ts'
import { parseInlineFilled } from '@/engine/inline.ts'
import { fillPlaceholders } from '@/engine/placeholders.ts'
import type { Text } from '@/engine/text.ts'
import { textIn } from '@/engine/text.ts'
import { useLocale } from '@/store/locale-store.ts'
import { useProvider } from '@/store/provider-store.ts'

function useValues(): Readonly<Record<string, string>> {
  const config = useProvider((s) => s.config)
  return useMemo(() => placeholderValues(config), [config])
}

/** Resolves tree text to a plain string in the current language with the provider's values filled in. */
export function useText(): (text: Text) => string {
  const locale = useLocale()
  const values = useValues()
  return useCallback((text: Text) => fillPlaceholders(textIn(text, locale), values), [locale, values])
}

/**
 * Resolves tree text to its inline spans. The markup is read before the provider's values go in, so
 * a value is always plain text (a provider named `**Acme**` shows its asterisks).
 */
export function useInlineText(): (text: Text) => InlineSegment[] {
  const locale = useLocale()
  const values = useValues()
  return useCallback((text: Text) => parseInlineFilled(textIn(text, locale), values), [locale, values])
}
