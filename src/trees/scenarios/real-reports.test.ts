import { describe, expect, it } from 'vitest'
import { DEFAULT_PROVIDER } from '@/config/provider.ts'
import { placeholderValues } from '@/config/provider-values.ts'
import { decode } from '@/decoder/decode.ts'
import type { AdminFlow, DecodeHint } from '@/decoder/landing.ts'
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

/** The admin flows by the first node after the admin start (what the decode screen's hint says there). */
const FLOW_AFTER_START: Readonly<Record<string, AdminFlow>> = {
  'ad-out-platform': 'submission',
  'ad-in-platform': 'inbound',
  'ad-remote-says': 'outbound',
  'ad-dev-platform': 'device',
}

function hintFor(entry: 'end-user' | 'admin', second: string | undefined): DecodeHint {
  if (entry === 'end-user') return { role: 'end-user' }
  const flow = second === undefined ? undefined : FLOW_AFTER_START[second]
  return flow === undefined ? { role: 'admin' } : { role: 'admin', flow }
}

describe('the decoder on the reports’ own error texts', () => {
  const decoded = REAL_REPORTS.filter((r) => r.errorText !== undefined)

  it.each(decoded.map((r) => [r.id, r] as const))(
    '%s lands on its walk, or where documented',
    (_id, report) => {
      const walked = replay(tree, ENTRIES[report.entry], report.answers)
      if (!walked.ok) throw new Error('the report’s walk must replay')
      const path = [...walked.walk.trail.map((step) => step.node), walked.walk.current]
      // The paste is made after the first answer: the branch and flow the report's person chose.
      const hint = hintFor(report.entry, path[1])
      const node = decode(report.errorText ?? '', hint).node
      if (report.decoderLands !== undefined) expect(node).toBe(report.decoderLands)
      else expect(path).toContain(node)
    },
  )
})
