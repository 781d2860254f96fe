import { AA_TEXT_CONTRAST } from '@/lib/contrast.ts'
import type { ThemeKey, ThemeProblem } from '@/lib/theme.ts'
import { MAX_RADIUS, THEME_FONTS, THEME_MODES } from '@/lib/theme.ts'

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ')

const EXPECTED: Record<ThemeKey, string> = {
  accent:
    'must be a colour such as "#1d4ed8", or {"light": "#1d4ed8", "dark": "#7dd3fc"} for a different colour in each mode',
  radius: `must be a whole number of pixels from 0 to ${String(MAX_RADIUS)}`,
  font: `must be one of ${list(THEME_FONTS)} (fonts from other sites are not loaded)`,
  mode: `must be one of ${list(THEME_MODES)}`,
  logo: 'must be a path on this site such as "brand/logo.svg" (no http://, no //, no ..)',
}

const SURFACE_NAMES: Record<string, string> = {
  '#ffffff': 'the white page and the white text on buttons',
  '#020618': 'the dark page and the dark text on buttons',
  '#0f172b': 'the dark cards',
}

/** One theme problem, for a person to read; `value` prints an echoed value safely. */
export function describeThemeProblem(problem: ThemeProblem, value: (v: unknown) => string): string {
  switch (problem.kind) {
    case 'not-an-object':
      return '"theme" must be an object'
    case 'unknown-key':
      return `"theme" has ${value(problem.key)}, which is not a known theme setting (${list(Object.keys(EXPECTED))})`
    case 'bad-value':
      return `"theme.${problem.key}" ${EXPECTED[problem.key]} (found ${value(problem.value)})`
    case 'low-contrast':
      return `"theme.accent" ${problem.colour} is refused for ${problem.mode} mode: its contrast with ${
        SURFACE_NAMES[problem.against] ?? problem.against
      } is ${problem.ratio.toFixed(2)}:1, below the ${String(AA_TEXT_CONTRAST)}:1 that WCAG AA requires for text; pick a ${
        problem.mode === 'light' ? 'darker' : 'lighter'
      } colour`
  }
}
