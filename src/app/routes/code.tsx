import { Navigate, useParams } from 'react-router'
import { paths } from '@/config/paths.ts'
import { CodeScreen } from '@/features/step-code/code-screen.tsx'
import { stepCodec } from '@/trees/step-codec.ts'

/**
 * `#/c/<step code>`: replaces itself with the walk the code names, so Back leaves the code link behind;
 * a code that does not work gets the code screen with the reason. `#/c` alone asks for a code.
 */
export function Component() {
  const { code } = useParams()
  if (code === undefined) return <CodeScreen />
  const result = stepCodec.decode(code)
  if (!result.ok) return <CodeScreen key={code} initial={code} arrived={result.reason} />
  const answers = result.walk.trail.map((step) => step.answer)
  return <Navigate replace to={paths.walk.href(result.walk.start, answers)} />
}
