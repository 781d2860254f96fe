import { Navigate, useParams, useSearchParams } from 'react-router'
import { paths } from '@/config/paths.ts'
import { answersToFact } from '@/engine/answers-to-fact.ts'
import { ENTRIES } from '@/trees/entries.ts'
import { tree } from '@/trees/tree.ts'
import { NotFound } from './not-found.tsx'

const isEntry = (entry: string | undefined): entry is keyof typeof ENTRIES =>
  entry !== undefined && Object.hasOwn(ENTRIES, entry)

/**
 * `#/start/<entry>?app=<app key>`: the link format for help-center articles and the embed. It opens
 * the entry's first question, or, with an app the tree knows, the walk just after "Which mail app?"
 * was answered with it. An unknown app starts at the entry; an unknown entry explains itself.
 */
export function Component() {
  const { entry } = useParams()
  const [search] = useSearchParams()
  if (!isEntry(entry)) return <NotFound />
  const start = ENTRIES[entry]
  const app = search.get('app')
  const answers = app === null ? [] : (answersToFact(tree, start, 'app', app) ?? [])
  return <Navigate replace to={paths.walk.href(start, answers)} />
}
