import { describe, expect, it } from 'vitest'
import { DEFAULT_PROVIDER } from '@/config/provider.ts'
import { PLACEHOLDER_NAMES, placeholderValues } from '@/config/provider-values.ts'
import { LANDING_NODES } from '@/decoder/landing.ts'
import { exportTree } from '@/engine/export.ts'
import { pathsToOutcomes } from '@/engine/graph.ts'
import { describeProblem, validateTree } from '@/engine/validate.ts'
import { replay } from '@/engine/walk.ts'
import { AGENT_WORDING_ENTRIES } from './entries.ts'
import { FACTS } from './facts.ts'
import { tree } from './tree.ts'

/** No walk should need more answers than this; a longer one means the content lost its way. */
const MAX_ANSWERS = 20

describe('the shipped tree', () => {
  it('has no structural or content problems', () => {
    expect(
      validateTree(tree, {
        placeholders: PLACEHOLDER_NAMES,
        facts: FACTS,
        agentWordingFrom: AGENT_WORDING_ENTRIES,
      }).map(describeProblem),
    ).toEqual([])
  })

  describe.each(Object.entries(tree.entries))('from the %s entry', (_entry, start) => {
    const paths = pathsToOutcomes(tree, start)

    it('has paths to outcomes', () => {
      expect(paths.length).toBeGreaterThan(0)
    })

    it('ends every path at an outcome within a bounded number of answers', () => {
      for (const path of paths) {
        expect(path.moves.length).toBeLessThanOrEqual(MAX_ANSWERS)
        const walked = replay(
          tree,
          path.start,
          path.moves.map((m) => m.answer),
        )
        expect(walked.ok && walked.walk.current).toBe(path.outcome)
        expect(tree.nodes[path.outcome].kind).toBe('outcome')
      }
    }, 60_000)
  })

  it('exports every node with its visible text and filled placeholders', () => {
    const exported = exportTree(tree, placeholderValues(DEFAULT_PROVIDER))
    expect(Object.keys(exported.nodes).sort()).toEqual(Object.keys(tree.nodes).sort())
    for (const node of Object.values(exported.nodes)) {
      expect(node.text).not.toMatch(/\{[a-zA-Z]+\}|\*\*/)
      expect(node.text.length).toBeGreaterThan(0)
    }
  })
})

describe('decoder landing nodes', () => {
  it.each(LANDING_NODES)(
    '%s exists in the tree, so a decoded error can continue the wizard there',
    (node) => {
      expect(Object.hasOwn(tree.nodes, node)).toBe(true)
    },
  )
})
