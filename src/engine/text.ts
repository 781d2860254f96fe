/** Languages the app ships. Adding one here makes the validator list every string still to translate. */
export const LOCALES = ['en'] as const
export type Locale = (typeof LOCALES)[number]

/**
 * A user-visible string, keyed by locale. English is required; other locales may be added gradually
 * and the validator reports what is missing. May contain `{placeholder}`s filled from the provider
 * config, `**strong**` spans for labels the user must find on screen, and `` `code` `` spans.
 */
export type Text = { readonly en: string } & { readonly [L in Exclude<Locale, 'en'>]?: string }

/** Shorthand for an English-only text while only English ships. */
export const en = (value: string): Text => ({ en: value })

export function textIn(text: Text, locale: Locale): string {
  return (text as Partial<Record<Locale, string>>)[locale] ?? text.en
}
