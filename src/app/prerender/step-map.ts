import type { FactCondition } from '@/engine/content.ts'
import type { Facts } from '@/engine/types.ts'

/** One answer as boot.js follows it: where it leads, what it records, when it is offered. */
export type StepMapAnswer = {
  readonly next: string
  readonly facts?: Facts
  readonly when?: readonly FactCondition[]
}

/** One node as boot.js sees it. */
export type StepMapNode = {
  /** A question: counts towards the question number. */
  readonly question?: true
  readonly answers?: Readonly<Record<string, StepMapAnswer>>
  /** The screen shows provider values: prerendered with the neutral ones, so shown only while provider.json sets none. */
  readonly neutralOnly?: true
  /** The walk's facts this node's screen depends on (its conditional blocks and answers). */
  readonly dependsOn?: readonly string[]
  /**
   * The node's prerendered screens, by the JSON of the `dependsOn` facts' values (null when not
   * recorded), as file names next to the map. Absent for a node whose screen cannot be prerendered.
   */
  readonly screens?: Readonly<Record<string, string>>
}

/**
 * What boot.js needs to follow a walk URL (`#/w/<start>/<answers…>`) to the prerendered screen of the
 * node it ends on, before any of the app has arrived. Built from the tree at build time.
 */
export type StepMap = {
  /**
   * provider.json's settings that can change a screen, with their neutral values. A provider.json that
   * leaves each unset or at that value keeps the `neutralOnly` screens true.
   */
  readonly neutralProvider: Readonly<Record<string, string | number | boolean | null>>
  readonly nodes: Readonly<Record<string, StepMapNode>>
}

/** The key of a screen variant: the values of the facts the screen depends on, in order. */
export const variantKey = (dependsOn: readonly string[], facts: Facts): string =>
  JSON.stringify(dependsOn.map((fact) => (Object.hasOwn(facts, fact) ? facts[fact] : null)))
