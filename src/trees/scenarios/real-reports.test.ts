import { describe, expect, it } from 'vitest'
import { DEFAULT_PROVIDER, placeholderValues } from '@/config/provider.ts'
import { exportTree } from '@/engine/export.ts'
import { replay } from '@/engine/walk.ts'
import { ENTRIES } from '../entries.ts'
import { tree } from '../tree.ts'
import { REAL_REPORTS } from './real-reports.ts'

const exported = exportTree(tree, placeholderValues(DEFAULT_PROVIDER))

describe('the scenario suite of real reports', () => {
  it('holds at least 40 reports, each with a source and a unique id', () => {
    expect(REAL_REPORTS.length).toBeGreaterThanOrEqual(40)
    expect(new Set(REAL_REPORTS.map((r) => r.id)).size).toBe(REAL_REPORTS.length)
    for (const report of REAL_REPORTS) expect(report.sources[0]).toMatch(/^https?:\/\//)
  })

  describe.each(REAL_REPORTS.map((r) => [r.id, r] as const))('%s', (_id, report) => {
    it('walks from its entry to the node that holds the confirmed fix', () => {
      const walked = replay(tree, ENTRIES[report.entry], report.answers)
      expect(walked.ok).toBe(true)
      if (walked.ok) expect(walked.walk.current).toBe(report.fixNode)
    })

    it('finds the fix in that node’s visible text', () => {
      const text = exported.nodes[report.fixNode]?.text ?? ''
      for (const words of report.mentions) expect(text).toContain(words)
    })
  })
})
