/**
 * Route patterns and link builders. The app uses hash URLs (`#/w/…`) so any static server can host
 * it at any sub-path without rewrite rules.
 */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  decode: {
    pattern: '/decode',
    /** `from`: the wizard node the paste screen is opened from, a hint for the decoder's landing. */
    href: (from?: string) => (from === undefined ? '/decode' : `/decode?from=${encodeURIComponent(from)}`),
  },
  start: {
    /** `/start/<entry>?app=<app key>`: a stable link to an entry, optionally with the mail app already chosen. */
    pattern: '/start/:entry',
    href: (entry: string, app?: string) =>
      `/start/${encodeURIComponent(entry)}${app === undefined ? '' : `?app=${encodeURIComponent(app)}`}`,
  },
  walk: {
    /** `/w/<start node>/<answer key>/<answer key>/…`: the start and every answer since, so the URL is the whole walk. */
    pattern: '/w/:start/*',
    href: (start: string, answers: readonly string[] = []) =>
      `/${['w', start, ...answers].map(encodeURIComponent).join('/')}`,
  },
  agent: {
    /** The helpdesk agent view; `/agent/w/<start>/<answers…>` mirrors the walk URL. */
    pattern: '/agent',
    walkPattern: '/agent/w/:start/*',
    href: (start?: string, answers: readonly string[] = []) =>
      start === undefined ? '/agent' : `/agent/${['w', start, ...answers].map(encodeURIComponent).join('/')}`,
  },
  code: {
    /** `/c/<step code>`: opens the walk a step code names; `/c` alone asks for a code. */
    pattern: '/c/:code?',
    href: (code?: string) => (code === undefined ? '/c' : `/c/${encodeURIComponent(code)}`),
  },
} as const

/** Splits the answer part of a walk URL back into keys. */
export const answersFromSplat = (splat: string | undefined): string[] =>
  (splat ?? '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part)
      } catch {
        return part
      }
    })
