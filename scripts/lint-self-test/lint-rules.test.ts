import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * Each fixture under src/**\/__lint_fixtures__/ breaks one guard rail on purpose. The real
 * eslint.config.js lints them (the normal `eslint .` run ignores that folder), so a rule that
 * silently stops applying, for example after a resolver or glob change, fails here.
 */
const root = fileURLToPath(new URL('../../', import.meta.url))

const EXPECTED: Record<string, readonly string[]> = {
  'src/engine/__lint_fixtures__/imports-store-relatively.ts': ['import-x/no-restricted-paths'],
  'src/engine/__lint_fixtures__/imports-trees-relatively.ts': ['import-x/no-restricted-paths'],
  'src/engine/__lint_fixtures__/imports-react.ts': ['no-restricted-imports'],
  'src/decoder/__lint_fixtures__/imports-trees-relatively.ts': ['import-x/no-restricted-paths'],
  'src/decoder/__lint_fixtures__/reads-window.ts': ['no-restricted-globals'],
  'src/decoder/__lint_fixtures__/super-linear-pattern.ts': ['regexp/no-super-linear-backtracking'],
  'src/config/__lint_fixtures__/imports-decoder.ts': ['import-x/no-restricted-paths'],
  'src/ui/__lint_fixtures__/imports-config.ts': ['import-x/no-restricted-paths'],
  'src/features/wizard/__lint_fixtures__/imports-decoder-feature.ts': ['import-x/no-restricted-paths'],
  'src/features/decoder/__lint_fixtures__/imports-wizard-feature.ts': ['import-x/no-restricted-paths'],
  'src/features/decoder/__lint_fixtures__/use-set-state-in-effect.ts': ['react-hooks/set-state-in-effect'],
  'src/lib/__lint_fixtures__/cycle-a.ts': ['import-x/no-cycle'],
  'src/lib/__lint_fixtures__/cycle-b.ts': ['import-x/no-cycle'],
  'src/trees/__lint_fixtures__/follows-the-layers.ts': [],
}

let reported: Map<string, string[]>

beforeAll(async () => {
  // ignore: false lints the fixtures although the config's global ignores exclude them.
  const eslint = new ESLint({ cwd: root, ignore: false })
  const results = await eslint.lintFiles(['src/**/__lint_fixtures__/**'])
  reported = new Map(
    results.map((result) => [
      result.filePath.slice(root.length),
      result.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`),
    ]),
  )
}, 120_000)

describe('lint guard rails', () => {
  it('knows what every fixture must report', () => {
    expect([...reported.keys()].sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  for (const [file, rules] of Object.entries(EXPECTED)) {
    if (rules.length === 0) {
      it(`${file} passes cleanly`, () => {
        expect(reported.get(file)).toEqual([])
      })
    } else {
      // Other rules may fire too (a bad pattern often breaks several regexp rules); these must.
      it(`${file} reports ${rules.join(', ')}`, () => {
        expect(reported.get(file)).toEqual(expect.arrayContaining([...rules]))
      })
    }
  }
})
