import type { EntryId } from '../entries.ts'
import type { NodeId } from '../tree.ts'

/**
 * A situation from a public problem report with a confirmed fix, retold in our own words: the answers
 * that person would give, and the node that holds the fix. The scenario suite walks each one.
 */
export type RealReport = {
  readonly id: string
  /** Where the report and its fix are, so the case can be checked again. */
  readonly sources: readonly string[]
  /** What happened, in our words. */
  readonly situation: string
  /** What fixed it, in our words. */
  readonly fix: string
  readonly entry: EntryId
  readonly answers: readonly string[]
  /** The step or outcome where the walk must arrive: it holds the fix. */
  readonly fixNode: NodeId
  /** Words the fix node's visible text must contain, so the fix is really there and not just the node. */
  readonly mentions: readonly string[]
  /** The error text as quoted in the report, when it quoted one. */
  readonly errorText?: string
  /**
   * Where the decoder lands this report's error text when that is not on the report's own walk, because
   * the text alone cannot tell the cause (documented exception; the scenario suite asserts it).
   */
  readonly decoderLands?: NodeId
}
