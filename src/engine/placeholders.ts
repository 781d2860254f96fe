const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g

/** Names of the `{placeholders}` a string uses. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '')
}

/** Replaces each known `{name}`; unknown ones stay visible so the validator and tests catch them. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? whole) : whole,
  )
}
