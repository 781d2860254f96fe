import { parseTheme } from '@/lib/theme.ts'
import type { ProviderConfigResult, ProviderProblem } from './parse-provider.ts'
import { MAX_LISTED_PROBLEMS, parseProviderConfig, parseProviderJson } from './parse-provider.ts'

const isUnknownKey = (problem: ProviderProblem) => problem.kind === 'unknown-key'

/**
 * Checks the `theme` field that `parseProviderConfig` set aside: each valid part is used, each wrong
 * one reported and left out. A module of its own because the theme checks (colour contrast and all)
 * are loaded only for a provider.json that has a theme. Theme problems go before unknown keys, as
 * the other field problems do.
 */
export function withCheckedTheme(result: ProviderConfigResult): ProviderConfigResult {
  if (!Object.hasOwn(result, 'uncheckedTheme')) return result
  const { uncheckedTheme, config, problems, problemCount } = result
  const checked = parseTheme(uncheckedTheme)
  const themeProblems = checked.problems.map(
    (problem): ProviderProblem =>
      problem.kind === 'not-an-object'
        ? { kind: 'bad-value', key: 'theme', value: uncheckedTheme }
        : { kind: 'theme', problem },
  )
  return {
    config: { ...config, theme: checked.theme },
    problems: [
      ...problems.filter((problem) => !isUnknownKey(problem)),
      ...themeProblems,
      ...problems.filter(isUnknownKey),
    ].slice(0, MAX_LISTED_PROBLEMS),
    problemCount: problemCount + themeProblems.length,
  }
}

/** The whole check of a parsed provider config, theme included (for scripts and tests). */
export const checkProviderConfig = (raw: unknown) => withCheckedTheme(parseProviderConfig(raw))

/** The whole check of a provider.json's text, theme included (for scripts and tests). */
export const checkProviderJson = (text: string) => withCheckedTheme(parseProviderJson(text))
