import { AA_TEXT_CONTRAST, contrastRatio, isHexColour } from './contrast.ts'

/**
 * A provider's brand for Relay Doctor: from provider.json, or from the host page through embed.js.
 * Each field is optional; a missing or refused one keeps the app's own look.
 */
export type Theme = {
  /** Light and dark accent (buttons, links, focus ring). One colour is used for both. */
  readonly accent?: { readonly light?: string; readonly dark?: string }
  /** Corner radius of buttons, fields and cards, in CSS pixels. */
  readonly radius?: number
  readonly font?: ThemeFont
  readonly mode?: ThemeMode
  /** A logo from the app's own origin: a relative path such as `brand/logo.svg`. */
  readonly logo?: string
}
export const THEME_FONTS = ['system', 'serif', 'mono'] as const
export type ThemeFont = (typeof THEME_FONTS)[number]
export const THEME_MODES = ['light', 'dark', 'auto'] as const
export type ThemeMode = (typeof THEME_MODES)[number]
export type ColourMode = 'light' | 'dark'
export type ThemeKey = keyof Theme

export const MAX_RADIUS = 24

/**
 * The surfaces an accent meets in each mode, as the app paints them: in light mode accent text and
 * focus rings on white, and white text on accent buttons; in dark mode accent text on the page
 * (slate-950) and on cards (slate-900), and page-coloured text on accent buttons.
 */
export const ACCENT_SURFACES: Record<ColourMode, readonly string[]> = {
  light: ['#ffffff'],
  dark: ['#020618', '#0f172b'],
}

export type ThemeProblem =
  | { readonly kind: 'not-an-object' }
  | { readonly kind: 'unknown-key'; readonly key: string }
  | { readonly kind: 'bad-value'; readonly key: ThemeKey; readonly value: unknown }
  /** An accent that is a colour, but too faint against what it meets in `mode`. */
  | {
      readonly kind: 'low-contrast'
      readonly mode: ColourMode
      readonly colour: string
      readonly against: string
      readonly ratio: number
    }

export type ThemeResult = { readonly theme: Theme; readonly problems: readonly ThemeProblem[] }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The lowest contrast of `colour` against what it meets in `mode`, with that surface. */
export function weakestContrast(colour: string, mode: ColourMode): { against: string; ratio: number } {
  return ACCENT_SURFACES[mode]
    .map((against) => ({ against, ratio: contrastRatio(colour, against) }))
    .reduce((low, next) => (next.ratio < low.ratio ? next : low))
}

// Letters, digits and . _ - / only: no scheme, no "//" host, no query, so the path stays on the app's origin.
const SAME_ORIGIN_PATH = /^(?!\/\/)[\w./-]{1,200}$/
const isSameOriginPath = (v: unknown): v is string =>
  typeof v === 'string' && SAME_ORIGIN_PATH.test(v) && !v.split('/').includes('..')

/** The modes a theme shows: an accent is checked only against the backgrounds it will appear on. */
const modesShown = (mode: ThemeMode | undefined): ColourMode[] =>
  mode === 'light' ? ['light'] : mode === 'dark' ? ['dark'] : ['light', 'dark']

function readAccent(
  raw: unknown,
  mode: ThemeMode | undefined,
  report: (p: ThemeProblem) => void,
): Theme['accent'] {
  const given = typeof raw === 'string' ? { light: raw, dark: raw } : raw
  if (!isRecord(given) || Object.keys(given).some((k) => k !== 'light' && k !== 'dark')) {
    report({ kind: 'bad-value', key: 'accent', value: raw })
    return undefined
  }
  const accent: { light?: string; dark?: string } = {}
  for (const colourMode of modesShown(mode)) {
    const colour = given[colourMode]
    if (colour === undefined) continue
    if (typeof colour !== 'string' || !isHexColour(colour)) {
      report({ kind: 'bad-value', key: 'accent', value: colour })
      continue
    }
    const weakest = weakestContrast(colour, colourMode)
    if (weakest.ratio < AA_TEXT_CONTRAST)
      report({ kind: 'low-contrast', mode: colourMode, colour, ...weakest })
    else accent[colourMode] = colour.toLowerCase()
  }
  return accent.light === undefined && accent.dark === undefined ? undefined : accent
}

/**
 * Checks an untrusted theme. Each good field is kept; each bad one is reported and left out, so the
 * app's own look stands in for it.
 */
export function parseTheme(raw: unknown): ThemeResult {
  if (!isRecord(raw)) return { theme: {}, problems: [{ kind: 'not-an-object' }] }
  const problems: ThemeProblem[] = []
  const report = (p: ThemeProblem) => problems.push(p)
  const theme: { -readonly [K in ThemeKey]?: Theme[K] } = {}
  const { accent, radius, font, mode, logo, ...rest } = raw
  for (const key of Object.keys(rest)) report({ kind: 'unknown-key', key })

  if (mode !== undefined) {
    if (THEME_MODES.includes(mode as ThemeMode)) theme.mode = mode as ThemeMode
    else report({ kind: 'bad-value', key: 'mode', value: mode })
  }
  if (accent !== undefined) {
    const checked = readAccent(accent, theme.mode, report)
    if (checked) theme.accent = checked
  }
  if (radius !== undefined) {
    if (Number.isInteger(radius) && (radius as number) >= 0 && (radius as number) <= MAX_RADIUS)
      theme.radius = radius as number
    else report({ kind: 'bad-value', key: 'radius', value: radius })
  }
  if (font !== undefined) {
    if (THEME_FONTS.includes(font as ThemeFont)) theme.font = font as ThemeFont
    else report({ kind: 'bad-value', key: 'font', value: font })
  }
  if (logo !== undefined) {
    if (isSameOriginPath(logo)) theme.logo = logo
    else report({ kind: 'bad-value', key: 'logo', value: logo })
  }
  return { theme, problems }
}
