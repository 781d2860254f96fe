import { RegExpParser } from '@eslint-community/regexpp'
import { analyse, type Report } from 'scslre'
import { describe, expect, it } from 'vitest'
import { SOURCE_MARKERS } from './classify/source.ts'
import { COMMAND_PHRASES } from './extract/command-phrases.ts'
import { MTA_MARKERS, SIDE_MARKERS } from './extract/context.ts'
import { REMOTE_HOST_FORMS } from './extract/remote-host.ts'
import { RULE_TABLE } from './rules/rule-table.ts'

/**
 * Rule tables build their patterns at runtime (`words`, `wholeWords`, `form`), where the regexp lint
 * cannot see them: this runs the lint's analysis (scslre over the regexpp parse) on every one of them.
 */
const parser = new RegExpParser()

/** The analysis `regexp/no-super-linear-backtracking` and `regexp/no-super-linear-move` run. */
function superLinear(re: RegExp): Report[] {
  const literal = parser.parseLiteral(re.toString())
  // Every pattern here runs over pasted text, which can end in anything: assume a rejecting suffix.
  return analyse({ pattern: literal.pattern, flags: literal.flags }, { assumeRejectingSuffix: true }).reports
}

function describeReports(reports: readonly Report[]): string[] {
  return reports.map((r) => `${r.type} (repeat ${JSON.stringify(r.character.pick)})`)
}

const TABLE_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ...RULE_TABLE.flatMap((r) =>
    [
      ['pattern', r.pattern],
      ['status', r.status],
      ['unless', r.unless],
    ].flatMap(([field, re]) =>
      re instanceof RegExp ? [[`rule ${r.id} ${String(field)}`, re] as const] : [],
    ),
  ),
  ...REMOTE_HOST_FORMS.flatMap((f) =>
    [
      ['pattern', f.pattern],
      ['requires', f.requires],
      ['unless', f.unless],
    ].flatMap(([field, re]) =>
      re instanceof RegExp ? [[`host form ${f.id} ${String(field)}`, re] as const] : [],
    ),
  ),
  ...COMMAND_PHRASES.map(
    ([re, command, mta]) => [`command phrase ${command} (${mta}) ${re.source}`, re] as const,
  ),
  ...SIDE_MARKERS.map((m, i) => [`side marker ${i} (${m.side})`, m.pattern] as const),
  ...MTA_MARKERS.map((m) => [`MTA marker ${m.mta}`, m.pattern] as const),
  ...SOURCE_MARKERS.map((m, i) => [`source marker ${i} (${m.why})`, m.pattern] as const),
]

describe('runtime-built patterns are linear', () => {
  // Sources, not literals, so the lint (which would rightly reject them) leaves them to this test.
  const KNOWN_BAD: readonly (readonly [string, string])[] = [
    ['(a+)+b', ''],
    [String.raw`\s*\s*x`, ''],
    // The shape that made decoding hang: two blank runs that can trade characters.
    [String.raw`said\s*[:;,]?\s*(\d{3})`, 'i'],
    // A run tried from every position of the text: quadratic on a long rejecting token.
    [String.raw`[^\s<>]+@x`, ''],
  ]

  it.each(KNOWN_BAD)(
    'the analysis reports the known super-linear /%s/%s (so this test can fail)',
    (source, flags) => {
      expect(superLinear(new RegExp(source, flags))).not.toEqual([])
    },
  )

  it('finds the tables', () => {
    expect(TABLE_PATTERNS.length).toBeGreaterThan(RULE_TABLE.length)
  })

  it.each(TABLE_PATTERNS)('%s', (_name, re) => {
    expect(describeReports(superLinear(re))).toEqual([])
  })
})
