import { describe, expect, it } from 'vitest'
import { isNeutralProviderJson, NEUTRAL_RESULT } from './neutral-provider.ts'
import { parseProviderJson } from './parse-provider.ts'

const SHIPPED = JSON.stringify({
  name: null,
  outgoingServer: null,
  submissionPort: 587,
  implicitTlsPort: 465,
  supportEmail: null,
  supportUrl: null,
  offersSmtpAuth: null,
  offersPopBeforeSmtp: null,
})

describe('isNeutralProviderJson', () => {
  it.each([
    ['the shipped file', SHIPPED],
    ['an empty object', '{}'],
    ['a byte-order mark before it', `\uFEFF${SHIPPED}`],
    ['the neutral ports only', '{"submissionPort": 587, "implicitTlsPort": 465, "embedEvents": false}'],
  ])('takes %s as neutral, and the full checks agree', (_, text) => {
    expect(isNeutralProviderJson(text)).toBe(true)
    expect(parseProviderJson(text)).toEqual(NEUTRAL_RESULT)
  })

  it.each([
    ['a name', '{"name": "Example Mail"}'],
    ['another port', '{"submissionPort": 2525}'],
    ['a port as text', '{"submissionPort": "587"}'],
    ['a theme, even empty', '{"theme": {}}'],
    ['an empty list of portals', '{"embedOrigins": []}'],
    ['an unknown setting', '{"nmae": null}'],
    ['an inherited name', '{"constructor": null}'],
    ['an array', '[]'],
    ['null', 'null'],
    ['text that is not JSON', '{name: null}'],
    ['an HTML page', '<!doctype html><p>Not found'],
  ])('leaves a file with %s to the full checks', (_, text) => {
    expect(isNeutralProviderJson(text)).toBe(false)
  })
})
