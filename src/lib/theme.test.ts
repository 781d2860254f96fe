import { describe, expect, it } from 'vitest'
import { contrastRatio, luminance } from './contrast.ts'
import { parseTheme, weakestContrast } from './theme.ts'

describe('contrastRatio', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#fff', '#fff')).toBe(1)
    // Tailwind blue-700 on white, as the app's default buttons use it.
    expect(contrastRatio('#1d4ed8', '#ffffff')).toBeCloseTo(6.7, 1)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(luminance('#808080')).toBeCloseTo(0.2159, 4)
  })
})

describe('parseTheme', () => {
  it('keeps a complete, valid theme', () => {
    const theme = {
      accent: { light: '#1d4ed8', dark: '#7dd3fc' },
      radius: 0,
      font: 'mono',
      mode: 'auto',
      logo: '/brand/logo.svg',
    }
    expect(parseTheme(theme)).toEqual({ theme, problems: [] })
  })

  it('refuses an accent just below 4.5:1 on white and accepts one just above', () => {
    expect(parseTheme({ accent: '#777777', mode: 'light' })).toEqual({
      theme: { mode: 'light' },
      problems: [
        {
          kind: 'low-contrast',
          mode: 'light',
          colour: '#777777',
          against: '#ffffff',
          ratio: contrastRatio('#777777', '#ffffff'),
        },
      ],
    })
    expect(parseTheme({ accent: '#767676', mode: 'light' }).theme).toEqual({
      mode: 'light',
      accent: { light: '#767676' },
    })
  })

  it('checks a dark-mode accent against the dark page and the lighter dark cards, and reports the weaker', () => {
    // #6b7280 (gray-500): 4.31:1 on the slate-950 page but 3.7:1 on slate-900 cards.
    expect(weakestContrast('#6b7280', 'dark').against).toBe('#0f172b')
    const { theme, problems } = parseTheme({ accent: { dark: '#6b7280' }, mode: 'dark' })
    expect(theme).toEqual({ mode: 'dark' })
    expect(problems).toMatchObject([{ kind: 'low-contrast', mode: 'dark', against: '#0f172b' }])
    expect((problems[0] as { ratio: number }).ratio).toBeLessThan(4.5)
  })

  it('in auto mode a single colour must pass in both modes; the mode it fails in keeps the default', () => {
    // Dark blue: 8.6:1 on white, 2.2:1 on the dark page.
    const { theme, problems } = parseTheme({ accent: '#1e40af' })
    expect(theme).toEqual({ accent: { light: '#1e40af' } })
    expect(problems).toMatchObject([{ kind: 'low-contrast', mode: 'dark', colour: '#1e40af' }])
  })

  it('checks an accent only in the mode the theme shows', () => {
    expect(parseTheme({ accent: '#1e40af', mode: 'light' }).problems).toEqual([])
    expect(parseTheme({ accent: { light: '#1e40af', dark: '#ffff00' }, mode: 'light' }).theme.accent).toEqual(
      {
        light: '#1e40af',
      },
    )
  })

  it('refuses values of the wrong shape, one by one', () => {
    const result = parseTheme({
      accent: 'blue',
      radius: 2.5,
      font: 'https://fonts.example/x.woff2',
      mode: 'sepia',
      logo: '../secret.svg',
      extra: 1,
    })
    expect(result.theme).toEqual({})
    expect(result.problems.map((p) => (p.kind === 'bad-value' ? p.key : p.kind))).toEqual([
      'unknown-key',
      'mode',
      'accent',
      'accent',
      'radius',
      'font',
      'logo',
    ])
  })

  it('refuses logo paths that could leave the origin', () => {
    for (const logo of [
      '//cdn.example/x.svg',
      'https://x.example/a.svg',
      'data:image/svg+xml,x',
      'a/../../b.svg',
      'a b.svg',
      '',
    ])
      expect(parseTheme({ logo }).theme.logo).toBeUndefined()
  })

  it('refuses something that is not an object', () => {
    expect(parseTheme(['#000']).problems).toEqual([{ kind: 'not-an-object' }])
    expect(parseTheme(null).problems).toEqual([{ kind: 'not-an-object' }])
  })
})
