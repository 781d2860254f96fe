import { describe, expect, it } from 'vitest'
import { SOURCE_MARKERS } from '../classify/source.ts'
import { MTA_MARKERS, SIDE_MARKERS } from '../extract/context.ts'
import { REMOTE_HOST_FORMS } from '../extract/remote-host.ts'
import * as EMAILS from '../fixtures/emails.ts'
import { REMOTE_HOST_FIXTURES } from '../fixtures/remote-hosts.ts'
import { RULE_FIXTURES } from '../fixtures/rule-fixtures.ts'
import { SOURCE_FIXTURES } from '../fixtures/sources.ts'
import { mayMatch, needing, words } from './pattern.ts'
import { RULE_TABLE } from './rule-table.ts'

describe('mayMatch (the trigram prefilter)', () => {
  const relay = words('Relay access denied', 'relaying … prohibited')

  it('skips a phrase pattern on a text without its words', () => {
    expect(mayMatch(relay, 'said\nsaid\nsaid\n'.repeat(1000))).toBe(false)
    expect(mayMatch(relay, 'Relay access refused')).toBe(false)
  })

  it('lets it run on a text with the words, whatever the case and line folding', () => {
    expect(mayMatch(relay, '554 5.7.1 <a@b.example>: RELAY ACCESS\n    DENIED')).toBe(true)
    expect(mayMatch(relay, 'Relaying to that domain is prohibited')).toBe(true)
  })

  it('tells punctuation apart from blanks ("said:" is not "said" and a line break)', () => {
    const said = words('host said:')
    expect(mayMatch(said, 'host\nsaid\n')).toBe(false)
    expect(mayMatch(said, 'host mx.example.net said: 550')).toBe(true)
  })

  it('lets a pattern it knows nothing about run', () => {
    expect(mayMatch(/relay/i, 'nothing here')).toBe(true)
    expect(mayMatch(needing(/\bhost[ \t]+\S+/i, 'host'), 'nothing here')).toBe(false)
  })
})

/** Every text the fixtures hold: bounces, rule examples, source and remote-host examples. */
const TEXTS: readonly string[] = [
  ...Object.values<string>(EMAILS),
  ...Object.values(RULE_FIXTURES),
  ...Object.values(SOURCE_FIXTURES).flatMap((byName) => Object.values(byName)),
  ...Object.values(REMOTE_HOST_FIXTURES).map((f) => f.text),
]

const PATTERNS: readonly (readonly [string, RegExp])[] = [
  ...RULE_TABLE.flatMap((r) => (r.pattern === undefined ? [] : [[`rule ${r.id}`, r.pattern] as const])),
  ...REMOTE_HOST_FORMS.flatMap((f) => [
    [`host form ${f.id}`, f.pattern] as const,
    ...(f.requires === undefined ? [] : [[`host form ${f.id} requires`, f.requires] as const]),
  ]),
  ...SOURCE_MARKERS.map((m, i) => [`source marker ${i} (${m.source})`, m.pattern] as const),
  ...SIDE_MARKERS.map((m, i) => [`side marker ${i}`, m.pattern] as const),
  ...MTA_MARKERS.map((m) => [`MTA marker ${m.mta}`, m.pattern] as const),
]

describe('the prefilter never hides a match', () => {
  it.each(PATTERNS)('%s: wherever it matches a fixture, mayMatch says it may', (_name, re) => {
    const hidden = TEXTS.filter((text) => re.test(text) && !mayMatch(re, text))
    expect(hidden).toEqual([])
  })

  it('is exercised: most patterns match some fixture', () => {
    const matching = PATTERNS.filter(([, re]) => TEXTS.some((text) => re.test(text)))
    expect(matching.length).toBeGreaterThan(PATTERNS.length * 0.8)
  })
})
