import { describe, expect, it } from 'vitest'
import { screenProblem } from './screen-check.ts'
import { deepTargets, HOME, KNOWN_BAD } from './targets.ts'

describe('screenProblem (the bench’s guard against measuring a wrong screen)', () => {
  it('accepts the expected step', () => {
    expect(screenProblem({ heading: 'Solved', nodes: ['eu-resolved'] }, KNOWN_BAD)).toBeNull()
  })

  it('refuses the bad-link screen, whatever the target', () => {
    const seen = { heading: 'This link doesn’t lead to a step we know', nodes: [] }
    expect(screenProblem(seen, KNOWN_BAD)).toMatch(/error screen/)
    expect(screenProblem(seen, { name: 'any', hash: '#/x' })).toMatch(/error screen/)
  })

  it('refuses another step than the one named, and another heading than the one expected', () => {
    expect(screenProblem({ heading: 'A step', nodes: ['eu-app'] }, KNOWN_BAD)).toMatch(
      /eu-resolved not on screen/,
    )
    expect(screenProblem({ heading: 'Other', nodes: [] }, HOME)).toMatch(/expected/)
    expect(screenProblem({ heading: '', nodes: [] }, HOME)).toBe('no heading on screen')
  })

  it('derives one deep URL per entry, each a full walk to an outcome', () => {
    const targets = deepTargets()
    expect(targets.map((t) => t.hash.split('/')[2])).toEqual(['eu-start', 'ad-start'])
    for (const target of targets) {
      expect(target.node).toMatch(/^(eu|ad)-/)
      expect(target.hash.split('/').length).toBeGreaterThan(6)
    }
  })
})
