import { useCallback } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { MessageKey } from '@/config/messages.ts'
import { formatMessage } from '@/config/messages.ts'
import type { Locale } from '@/engine/text.ts'

export const localeStore = createStore<{ locale: Locale }>()(() => ({ locale: 'en' }))

export const useLocale = (): Locale => useStore(localeStore, (s) => s.locale)

/** The message formatter for the current language. */
export function useT(): (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string {
  const locale = useLocale()
  return useCallback((key, vars) => formatMessage(locale, key, vars), [locale])
}
