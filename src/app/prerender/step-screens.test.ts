import { describe, expect, it } from 'vitest'
import { answersOf, offeredAnswers } from '@/engine/types.ts'
import type { Walk } from '@/engine/walk.ts'
import { choose, factsOf, questionNumber, replay, startAt } from '@/engine/walk.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { followWalk } from './follow-walk.ts'
import { NEUTRAL_PROVIDER, PROVIDER_FACTS, renderStepScreen } from './render-steps.tsx'
import { variantKey } from './step-map.ts'
import { hasField, providerDependence, screenFacts, stepMap, stepVariants } from './step-variants.ts'

const variants = stepVariants(tree)
/** Each screen's file is named by its node and key, so what boot.js finds can be read back. */
const map = stepMap(tree, variants, (variant) => `${variant.node} ${variant.key}`, {
  facts: PROVIDER_FACTS,
  neutral: NEUTRAL_PROVIDER,
})
const ids = Object.keys(tree.nodes) as NodeId[]
/** Every walk is a lot of walks: ample time on a busy machine. */
const EVERY_WALK = { timeout: 120_000 }

/** Every walk from `start` (each prefix of every path), without taking a `loops` answer or revisiting a node. */
function eachWalkFrom(start: NodeId, visit: (walk: Walk<NodeId>) => void): void {
  const go = (walk: Walk<NodeId>, onPath: ReadonlySet<string>) => {
    visit(walk)
    for (const answer of offeredAnswers(tree.nodes[walk.current], factsOf(tree, walk))) {
      if (answer.loops || onPath.has(answer.next)) continue
      const next = choose(tree, walk, answer.key)
      if (next.ok) go(next.walk, new Set(onPath).add(answer.next))
    }
  }
  go(startAt(start), new Set([start]))
}

/** What boot.js must find for a walk the engine accepts: the screen for its node and facts, or nothing. */
function expected(walk: Walk<NodeId>) {
  const node = tree.nodes[walk.current]
  if (hasField(node)) return null
  const key = variantKey(screenFacts(node), factsOf(tree, walk))
  return {
    screen: `${walk.current} ${key}`,
    questionNumber: questionNumber(tree, walk),
    neutralOnly: providerDependence(node, PROVIDER_FACTS) !== null,
  }
}

describe('followWalk (boot.js) agrees with the engine', () => {
  it.each(Object.entries(tree.entries))('on every walk from the %s entry', EVERY_WALK, (_, start) => {
    let walks = 0
    const failures: string[] = []
    eachWalkFrom(start, (walk) => {
      walks++
      const answers = walk.trail.map((step) => step.answer)
      const found = followWalk(map, walk.start, answers)
      const want = expected(walk)
      if (JSON.stringify(found) !== JSON.stringify(want)) failures.push(answers.join('/'))
      // A walk the engine refuses is refused here too: an unknown answer, or one not offered yet.
      if (followWalk(map, walk.start, [...answers, 'no-such-answer']) !== null)
        failures.push(`${answers.join('/')}/?`)
      const facts = factsOf(tree, walk)
      const offered = new Set(offeredAnswers(tree.nodes[walk.current], facts))
      for (const answer of answersOf(tree.nodes[walk.current]).filter((a) => !offered.has(a))) {
        expect(replay(tree, walk.start, [...answers, answer.key]).ok).toBe(false)
        if (followWalk(map, walk.start, [...answers, answer.key]) !== null)
          failures.push(`${answers.join('/')}/${answer.key} (not offered)`)
      }
    })
    expect(failures).toEqual([])
    expect(walks).toBeGreaterThan(1000)
  })

  it('from every node as a start, and its first answers', () => {
    for (const id of ids)
      for (const answers of [[], ...answersOf(tree.nodes[id]).map((answer) => [answer.key])]) {
        const result = replay(tree, id, answers)
        expect(followWalk(map, id, answers)).toEqual(result.ok ? expected(result.walk) : null)
      }
  })

  it('refuses an unknown start', () => {
    expect(followWalk(map, 'no-such-node', [])).toBeNull()
    expect(followWalk(map, 'constructor', [])).toBeNull()
    expect(followWalk(map, ids[0] ?? '', ['__proto__'])).toBeNull()
  })
})

describe('the step screens', () => {
  it('cover every node but those with a field to type into', () => {
    const covered = new Set(variants.map((variant) => variant.node))
    expect(ids.filter((id) => !covered.has(id))).toEqual(ids.filter((id) => hasField(tree.nodes[id])))
    expect(ids.filter((id) => hasField(tree.nodes[id])).length).toBeLessThan(3)
  })

  it('mark the screens with provider values, which boot.js shows only while provider.json sets none', () => {
    expect(map.nodes['eu-turn-auth-on']?.neutralOnly).toBe(true)
    expect(map.nodes['eu-app']?.neutralOnly).toBeUndefined()
    expect(map.neutralProvider).toMatchObject({ name: null, submissionPort: 587, offersSmtpAuth: null })
    expect(Object.keys(map.neutralProvider)).not.toContain('theme')
  })
})

/** A screen's HTML with its question number taken out: boot.js sets that per walk. */
const withoutNumber = (html: string) => html.replace(/(data-question-number=")\d+(">Question )\d+/, '$1N$2N')

describe('a prerendered screen', () => {
  it('is the same for every walk that leads to it (up to 4 walks each, from every entry)', EVERY_WALK, () => {
    const rendered = new Map(
      variants.map((v) => [`${v.node} ${v.key}`, withoutNumber(renderStepScreen(v.walk, v.facts))]),
    )
    const compared = new Map<string, number>()
    const failures: string[] = []
    for (const start of Object.values(tree.entries))
      eachWalkFrom(start, (walk) => {
        const want = expected(walk)
        if (!want || (compared.get(want.screen) ?? 0) >= 4) return
        compared.set(want.screen, (compared.get(want.screen) ?? 0) + 1)
        const html = withoutNumber(renderStepScreen(walk, factsOf(tree, walk)))
        if (html !== rendered.get(want.screen)) failures.push(walk.trail.map((step) => step.answer).join('/'))
      })
    expect(failures).toEqual([])
    expect([...compared.values()].filter((count) => count > 1).length).toBeGreaterThan(50)
  })

  it('shows the walk’s screen: its heading and answers, without the parts that belong to one walk', () => {
    const result = replay(tree, 'eu-start', ['on-send', 'thunderbird'])
    if (!result.ok) throw new Error('the walk eu-start/on-send/thunderbird no longer replays')
    const html = renderStepScreen(result.walk, factsOf(tree, result.walk))
    expect(html).toContain('data-question-number="3">Question 3')
    expect(html).toContain('Who can you not send to?')
    expect(html).toMatch(/<button[^>]*disabled=""/)
    expect(html).not.toContain('Your answers so far')
    expect(html).not.toContain('step code')
  })
})
