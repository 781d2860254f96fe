import type { Text } from './text.ts'

/**
 * How facts recorded by answers read in a message: each fact key has a label and each of its value
 * ids a text, so facts stay stable ids for logic and still translate.
 */
export type FactCatalog = Readonly<
  Record<string, { readonly label: Text; readonly values: Readonly<Record<string, Text>> }>
>

export type FactLine = { readonly key: string; readonly label: Text; readonly value: Text }

/** The facts of a walk as labelled lines, in catalog order; unknown keys or values are skipped. */
export function factLines(catalog: FactCatalog, facts: Readonly<Record<string, string>>): FactLine[] {
  return Object.entries(catalog).flatMap(([key, entry]) => {
    const id = facts[key]
    const value = id === undefined ? undefined : entry.values[id]
    return value ? [{ key, label: entry.label, value }] : []
  })
}
