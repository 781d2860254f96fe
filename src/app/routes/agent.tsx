import { useParams } from 'react-router'
import { answersFromSplat } from '@/config/paths.ts'
import { replay } from '@/engine/walk.ts'
import { AgentBadLink } from '@/features/agent/agent-bad-link.tsx'
import type { AgentKit } from '@/features/agent/agent-kit.ts'
import { AgentKitProvider } from '@/features/agent/agent-kit.ts'
import { AgentScreen } from '@/features/agent/agent-screen.tsx'
import { DECODE_BUDGET_MS, decodeInWorker } from '@/features/decoder/decode-in-worker.ts'
import { Blocks } from '@/features/wizard/blocks.tsx'
import { RichText } from '@/features/wizard/rich-text.tsx'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'

/** The agent view reuses the wizard's content rendering and the decoder's worker; the app wires them in. */
const kit: AgentKit = {
  Blocks,
  RichText,
  decode: (source) => decodeInWorker(source, DECODE_BUDGET_MS, { role: 'end-user' }),
}

/** `#/agent` (a fresh call) and `#/agent/w/<start>/<answers…>` (a walk, as in the wizard's URL). */
export function Component() {
  const params = useParams()
  if (params.start === undefined)
    return (
      <AgentKitProvider value={kit}>
        <AgentScreen walk={null} />
      </AgentKitProvider>
    )
  const result = replay<NodeId>(tree, params.start, answersFromSplat(params['*']))
  return (
    <AgentKitProvider value={kit}>
      {result.ok ? <AgentScreen walk={result.walk} /> : <AgentBadLink result={result} />}
    </AgentKitProvider>
  )
}
