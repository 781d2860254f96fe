import { describe, expect, it } from 'vitest'
import { problemLines } from './describe-provider-problems.ts'
import { parseProviderConfig, parseProviderJson } from './parse-provider.ts'
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
    const result = parseProviderConfig({
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
    expect(problemLines(parseProviderConfig({ theme: 'blue' }))[0]).toMatch(/^"theme" must be an object/)
    expect(problemLines(parseProviderConfig({ theme: { colour: '#000' } }))).toEqual([
      '"theme" has "colour", which is not a known theme setting ("accent", "radius", "font", "mode", "logo")',
    ])
  })

  it('reads the new fields from JSON text, as config:check does', () => {
    const result = parseProviderJson('{"embedOrigins":["https://help.example.com"],"theme":{"mode":"dark"}}')
    expect(result.config).toEqual({
      ...DEFAULT_PROVIDER,
      embedOrigins: ['https://help.example.com'],
      theme: { mode: 'dark' },
    })
  })
})
