import { paths } from '../../src/config/paths.ts'

/** The app URL of a walk, relative to the base URL (hash routing). */
export const walkUrl = (start: string, answers: readonly string[] = []) =>
  `./#${paths.walk.href(start, answers)}`
