import { formatMessage, type MessageKey } from '../../src/config/messages.ts'
import '../../src/config/messages-wizard.ts'
import { paths } from '../../src/config/paths.ts'
import { pathsToOutcomes } from '../../src/engine/graph.ts'
import type { EntryId } from '../../src/trees/entries.ts'
import { ENTRIES } from '../../src/trees/entries.ts'
import { tree } from '../../src/trees/tree.ts'

/** A URL the bench measures, and what it must show to count as a real screen. */
export type Target = {
  readonly name: string
  /** The part after the document URL: `#/…`, or '' for home. */
  readonly hash: string
  /** The h1 the screen must show, when it is fixed text. */
  readonly heading?: string
  /** The tree node the screen must show (its `data-node`), for a walk. */
  readonly node?: string
}

const text = (key: MessageKey) => formatMessage('en', key)

/** The h1s of the screens that mean "this URL leads nowhere": a measured URL must show none of them. */
export const ERROR_HEADINGS: readonly string[] = [
  text('badLink.title'),
  text('notFound.title'),
  text('error.title'),
]

/** The deepest screen of each entry: the walk with the most answers to an outcome. */
export function deepTargets(): Target[] {
  return (Object.keys(ENTRIES) as EntryId[]).map((entry) => {
    const start = ENTRIES[entry]
    const longest = pathsToOutcomes(tree, start).reduce((best, path) =>
      path.moves.length > best.moves.length ? path : best,
    )
    return {
      name: `deep node (${entry}, ${String(longest.moves.length)} answers)`,
      hash: `#${paths.walk.href(
        start,
        longest.moves.map((move) => move.answer),
      )}`,
      node: longest.outcome,
    }
  })
}

export const HOME: Target = { name: 'home', hash: '', heading: text('home.title') }
export const DECODE: Target = {
  name: '#/decode',
  hash: `#${paths.decode.href()}`,
  heading: text('paste.title'),
}
/** A walk URL that stops short of a step (the mail-app answer is missing): the error screen, on purpose. */
export const KNOWN_BAD: Target = {
  name: 'known-bad walk',
  hash: '#/w/eu-start/on-send/external/on/587-starttls/other/yes/changes',
  node: 'eu-resolved',
}
