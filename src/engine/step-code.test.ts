import { describe, expect, it } from 'vitest'
import { defineTree } from './define-tree.ts'
import { conditionalTree, sampleTree } from './fixtures.ts'
import { createStepCodec } from './step-code.ts'
import { checkSymbol, symbolsOf, symbolValues } from './step-code-symbols.ts'
import { en } from './text.ts'
import type { Tree } from './types.ts'
import type { Walk } from './walk.ts'
import { answersAt, choose, replay, startAt } from './walk.ts'

/** Every walk from every node that takes at most `maxLoops` loop answers. */
function allWalks<Id extends string>(tree: Tree<Id>, maxLoops: number): Walk<Id>[] {
  const walks: Walk<Id>[] = []
  const visit = (walk: Walk<Id>, loops: number): void => {
    walks.push(walk)
    for (const answer of answersAt(tree, walk)) {
      const taken = loops + (answer.loops ? 1 : 0)
      const next = choose(tree, walk, answer.key)
      if (taken <= maxLoops && next.ok) visit(next.walk, taken)
    }
  }
  for (const id of Object.keys(tree.nodes) as Id[]) visit(startAt(id), 0)
  return walks
}

const walkOf = (tree: Tree, start: string, answers: string[]) => {
  const result = replay(tree, start, answers)
  if (!result.ok) throw new Error(`bad walk in test: ${answers.join('/')}`)
  return result.walk
}

/** A code with a valid check for any characters, to reach the steps after the check. */
const withValidCheck = (characters: string): string => {
  const values = symbolValues(characters) ?? []
  return symbolsOf([...values, checkSymbol(values)])
}

describe('step codes', () => {
  describe.each([
    ['a tree with a loop', sampleTree, 3],
    ['a tree with conditional answers', conditionalTree, 0],
  ] as const)('for %s', (_name, tree, maxLoops) => {
    const codec = createStepCodec<string>(tree)
    const walks = allWalks<string>(tree, maxLoops)

    it('gives every walk its own code, and each code brings back its walk', () => {
      const codes = walks.map((walk) => codec.encode(walk))
      expect(new Set(codes).size).toBe(walks.length)
      codes.forEach((code, index) => {
        expect(codec.decode(code)).toEqual({ ok: true, walk: walks[index] })
      })
    })

    it('shows codes in groups of four joined by hyphens', () => {
      for (const walk of walks) expect(codec.encode(walk)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/)
    })

    it('gives the same codes after `prepare` counted the walks ahead, however often it ran', () => {
      const prepared = createStepCodec<string>(tree)
      prepared.prepare()
      prepared.prepare()
      expect(walks.map((walk) => prepared.encode(walk))).toEqual(walks.map((walk) => codec.encode(walk)))
      expect(prepared.longest).toBe(codec.longest)
    })

    it('keeps every loop-free walk within `longest` characters', () => {
      const lengths = allWalks<string>(tree, 0).map((walk) => codec.encode(walk).replaceAll('-', '').length)
      expect(Math.max(...lengths)).toBe(codec.longest)
    })
  })

  const codec = createStepCodec<string>(sampleTree)
  const looped = walkOf(sampleTree, 'ask', ['yes', 'again', 'yes', 'again', 'yes', 'no'])
  const code = codec.encode(looped)

  it('reproduces a walk that went round its loop, answers included', () => {
    expect(codec.decode(code)).toEqual({ ok: true, walk: looped })
  })

  it('gives a walk round a loop many times a code that still brings it back', () => {
    const many = walkOf(sampleTree, 'ask', Array.from({ length: 40 }, () => ['yes', 'again']).flat())
    expect(codec.decode(codec.encode(many))).toEqual({ ok: true, walk: many })
  })

  it('reads lower case, spaces, hyphens and a pasted link or URL', () => {
    const plain = code.replaceAll('-', '')
    for (const input of [
      code.toLowerCase(),
      ` ${plain.split('').join(' ')} `,
      `#/c/${code}`,
      `https://help.example/relay/#/c/${code.toLowerCase()}`,
      plain.replaceAll('0', 'O').replaceAll('1', 'l'),
    ]) {
      expect(codec.decode(input), input).toEqual({ ok: true, walk: looped })
    }
  })

  it('names an empty input', () => {
    expect(codec.decode('  - ')).toEqual({ ok: false, reason: 'empty' })
    expect(codec.decode('#/c/')).toEqual({ ok: false, reason: 'empty' })
  })

  it('calls characters outside the alphabet, or too few, malformed', () => {
    expect(codec.decode('7K3M-X9QU')).toEqual({ ok: false, reason: 'malformed' })
    expect(codec.decode('hello world!')).toEqual({ ok: false, reason: 'malformed' })
    expect(codec.decode(code.slice(0, 3))).toEqual({ ok: false, reason: 'malformed' })
    expect(codec.decode('7'.repeat(500))).toEqual({ ok: false, reason: 'malformed' })
  })

  it('catches a misheard character', () => {
    const values = symbolValues(code.replaceAll('-', '')) ?? []
    const misheard = symbolsOf(values.with(4, ((values[4] ?? 0) + 1) % 32))
    expect(codec.decode(misheard)).toEqual({ ok: false, reason: 'check-failed' })
  })

  it('tells a code from a tree of another shape apart from a wrong step', () => {
    const changed = defineTree({
      entries: sampleTree.entries,
      nodes: {
        ...sampleTree.nodes,
        done: { kind: 'outcome', verdict: 'resolved', title: en('Done'), body: [] },
        ask: {
          ...sampleTree.nodes.ask,
          answers: [...sampleTree.nodes.ask.answers, { key: 'maybe', label: en('Maybe'), next: 'escalate' }],
        },
      },
    })
    const other = createStepCodec<string>(changed)
    expect(other.version).not.toBe(codec.version)
    expect(codec.decode(other.encode(startAt('ask')))).toEqual({ ok: false, reason: 'other-version' })
  })

  it('keeps the version when only wording changes', () => {
    const reworded = defineTree({
      entries: sampleTree.entries,
      nodes: {
        ...sampleTree.nodes,
        done: { kind: 'outcome', verdict: 'resolved', title: en('All done'), body: [] },
      },
    })
    expect(createStepCodec<string>(reworded).version).toBe(codec.version)
  })

  it('reads every well-formed code of a tree with a loop as some walk round it', () => {
    const far = withValidCheck(`${codec.version}${'Z'.repeat(codec.longest - 4)}`)
    const result = codec.decode(far)
    expect(result.ok && result.walk.trail.some((step) => step.answer === 'again')).toBe(true)
  })

  it('names a well-formed code that numbers no walk of a tree without loops', () => {
    const loopless = createStepCodec<string>(conditionalTree)
    const beyond = withValidCheck(`${loopless.version}${'Z'.repeat(loopless.longest - 4)}`)
    expect(loopless.decode(beyond)).toEqual({ ok: false, reason: 'unknown-step' })
  })
})
