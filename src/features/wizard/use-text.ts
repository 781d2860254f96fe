import { useCallback } from 'react'
import { placeholderValues } from '@/config/provider.ts'
import { fillPlaceholders } from '@/engine/placeholders.ts'
import type { Text } from '@/engine/text.ts'
import { textIn } from '@/engine/text.ts'
import { useLocale } from '@/store/locale-store.ts'
import { useProvider } from '@/store/provider-store.ts'

/** Resolves tree text to a string in the current language with the provider's values filled in. */
export function useText(): (text: Text) => string {
  const locale = useLocale()
  const config = useProvider((s) => s.config)
  return useCallback(
    (text: Text) => fillPlaceholders(textIn(text, locale), placeholderValues(config)),
    [locale, config],
  )
}
