import type { Tree } from './types.ts'
import { answersAt, choose, startAt } from './walk.ts'

/**
 * The shortest run of answers from `start` that ends with an answer recording `fact = value`, or null.
 * Lets a link say "the app is Thunderbird" without knowing where the tree asks it.
 */
export function answersToFact<Id extends string>(
  tree: Tree<Id>,
  start: Id,
  fact: string,
  value: string,
): string[] | null {
  const seen = new Set<Id>([start])
  let frontier = [startAt(start)]
  while (frontier.length > 0) {
    const next = []
    for (const walk of frontier) {
      for (const answer of answersAt(tree, walk)) {
        const chosen = choose(tree, walk, answer.key)
        if (!chosen.ok) continue
        const keys = chosen.walk.trail.map((step) => step.answer)
        if (answer.facts?.[fact] === value) return keys
        if (seen.has(answer.next)) continue
        seen.add(answer.next)
        next.push(chosen.walk)
      }
    }
    frontier = next
  }
  return null
}
