import { describe, expect, it } from 'vitest'
import { checkProviderConfig, checkProviderJson } from './check-provider-theme.ts'
import { problemLines } from './describe-provider-problems.ts'
import { parseProviderConfig } from './parse-provider.ts'
import { DEFAULT_PROVIDER } from './provider.ts'

describe('provider.json: embedding and theme', () => {
  it('accepts https origins, and http only for this machine', () => {
    expect(
      parseProviderConfig({ embedOrigins: ['https://help.example.com:8443'] }).config.embedOrigins,
    ).toEqual(['https://help.example.com:8443'])
    for (const bad of [
      ['http://help.example.com'],
      ['https://help.example.com/'],
      ['https://help.example.com/portal'],
      ['*'],
      'https://help.example.com',
      Array.from({ length: 21 }, (_, i) => `https://h${String(i)}.example.com`),
    ]) {
      const result = parseProviderConfig({ embedOrigins: bad })
      expect(result.config.embedOrigins).toEqual([])
      expect(result.problems).toEqual([{ kind: 'bad-value', key: 'embedOrigins', value: bad }])
    }
  })

  it('keeps host events off unless turned on with a boolean', () => {
    expect(parseProviderConfig({}).config.embedEvents).toBe(false)
    expect(parseProviderConfig({ embedEvents: true }).config.embedEvents).toBe(true)
    expect(parseProviderConfig({ embedEvents: 'yes' }).config.embedEvents).toBe(false)
  })

  it('uses the good theme fields and names each refused one, without dropping the rest of the file', () => {
    const result = checkProviderConfig({
      name: 'Acme Mail',
      theme: {
        accent: '#ffff00',
        radius: 8,
        font: 'comic',
        mode: 'light',
        logo: 'https://cdn.example/x.svg',
      },
    })
    expect(result.config.name).toBe('Acme Mail')
    expect(result.config.theme).toEqual({ radius: 8, mode: 'light' })
    expect(problemLines(result)).toEqual([
      '"theme.accent" #ffff00 is refused for light mode: its contrast with the white page and the white text on buttons is 1.07:1, below the 4.5:1 that WCAG AA requires for text; pick a darker colour',
      '"theme.font" must be one of "system", "serif", "mono" (fonts from other sites are not loaded) (found "comic")',
      '"theme.logo" must be a path on this site such as "brand/logo.svg" (no http://, no //, no ..) (found "https://cdn.example/x.svg")',
    ])
  })

  it('reports a theme that is not an object as a bad value, and an unknown theme key by name', () => {
    expect(problemLines(checkProviderConfig({ theme: 'blue' }))[0]).toMatch(/^"theme" must be an object/)
    expect(problemLines(checkProviderConfig({ theme: { colour: '#000' } }))).toEqual([
      '"theme" has "colour", which is not a known theme setting ("accent", "radius", "font", "mode", "logo")',
    ])
  })

  it('reads the new fields from JSON text, as config:check does', () => {
    const result = checkProviderJson('{"embedOrigins":["https://help.example.com"],"theme":{"mode":"dark"}}')
    expect(result.config).toEqual({
      ...DEFAULT_PROVIDER,
      embedOrigins: ['https://help.example.com'],
      theme: { mode: 'dark' },
    })
  })
  it('sets the theme aside unchecked until withCheckedTheme, so a file without one loads no theme code', () => {
    const bare = parseProviderConfig({ name: 'Acme Mail', theme: { accent: '#ffff00' } })
    expect(bare.config.theme).toEqual({})
    expect(bare.uncheckedTheme).toEqual({ accent: '#ffff00' })
    expect(bare.problemCount).toBe(0)
    expect(Object.hasOwn(parseProviderConfig({ name: 'Acme Mail' }), 'uncheckedTheme')).toBe(false)
    expect(Object.hasOwn(parseProviderConfig({ theme: null }), 'uncheckedTheme')).toBe(true)
  })

  it('lists theme problems before unknown keys, so a flood of unknown keys cannot hide them', () => {
    const flood = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`extra${String(i)}`, i]))
    const result = checkProviderConfig({ ...flood, submissionPort: 0, theme: { mode: 'sepia' } })
    expect(result.problemCount).toBe(52)
    expect(result.problems.slice(0, 3).map((problem) => problem.kind)).toEqual([
      'bad-value',
      'theme',
      'unknown-key',
    ])
    expect(result.problems).toHaveLength(20)
    expect(result).not.toHaveProperty('uncheckedTheme')
  })
})
