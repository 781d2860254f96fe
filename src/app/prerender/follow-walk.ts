import type { StepMap } from './step-map.ts'

/**
 * Where a walk URL ends, as far as boot.js needs it: its prerendered screen and its question number,
 * and whether that screen holds only while provider.json sets no value of its own.
 */
export type FollowedWalk = {
  readonly screen: string
  readonly questionNumber: number
  readonly neutralOnly: boolean
}

/**
 * Follows a walk URL's start and answers through the step map, as the engine's `replay` would, to the
 * prerendered screen it ends on; null when the walk is not valid or its screen is not prerendered (the
 * app then says why, or shows the screen itself). Serialized into boot.js by `bootScript`, so it must
 * stay self-contained: no imports, no outside names. Tested against the engine on every walk.
 */
export function followWalk(map: StepMap, start: string, answers: readonly string[]): FollowedWalk | null {
  const has = (object: object | undefined, key: string) => object !== undefined && Object.hasOwn(object, key)
  if (!has(map.nodes, start)) return null
  let id = start
  let facts: Record<string, string> = {}
  let questions = 0
  for (const key of answers) {
    const node = map.nodes[id]
    const answer = node?.answers && has(node.answers, key) ? node.answers[key] : undefined
    if (!node || !answer) return null
    const offered = (answer.when ?? []).every((condition) => {
      const value = has(facts, condition.fact) ? facts[condition.fact] : undefined
      return 'in' in condition
        ? value !== undefined && condition.in.includes(value)
        : value === undefined || !condition.notIn.includes(value)
    })
    if (!offered) return null
    if (node.question) questions += 1
    facts = { ...facts, ...answer.facts }
    id = answer.next
  }
  const node = map.nodes[id]
  const values = (node?.dependsOn ?? []).map((fact) => (has(facts, fact) ? facts[fact] : null))
  const key = JSON.stringify(values)
  const screen = node?.screens && has(node.screens, key) ? node.screens[key] : undefined
  return screen === undefined
    ? null
    : { screen, questionNumber: questions + 1, neutralOnly: node?.neutralOnly === true }
}
