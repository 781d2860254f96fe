/**
 * The <meta> in index.html that lists each entry's whole first screen, prerendered, as
 * `{ [start]: url relative to index.html }` (see render-first-screens.tsx and warm-up-first-screen.ts).
 */
export const FIRST_SCREENS_META = 'relay-doctor-first-screens'
