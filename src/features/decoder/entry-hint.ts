import type { AdminFlow, DecodeHint } from '@/decoder/landing.ts'
import { isNodeId } from '@/engine/walk.ts'
import { tree } from '@/trees/tree.ts'

// The tree's branch files group nodes by screen family, not by mail flow, so the flows are listed here.
const OUTBOUND = [
  'ad-remote-',
  'ad-rbl-',
  'ad-pbl',
  'ad-svf-ours',
  'ad-sender-records',
  'ad-their-relay',
  'ad-smarthost',
]
const INBOUND = [
  'ad-in-',
  'ad-svf',
  'ad-mx-fix',
  'ad-hosting-local',
  'ad-port25-auth',
  'ad-lookup-failure',
  'ad-dnsbl-resolver',
]
const DEVICE = ['ad-dev-']
const SUBMISSION = [
  'ad-out-',
  'ad-pf-',
  'ad-cp-',
  'ad-exim-',
  'ad-pop-',
  'ad-pl-',
  'ad-ex-',
  'ad-m365-',
  'ad-google-relay',
  'ad-other-mta',
  'ad-container',
  'ad-sender-login',
]
// Tried in this order: "ad-svf-ours" is outbound before "ad-svf" is inbound.
const FLOWS: readonly (readonly [AdminFlow, readonly string[]])[] = [
  ['outbound', OUTBOUND],
  ['inbound', INBOUND],
  ['device', DEVICE],
  ['submission', SUBMISSION],
]

function flowOf(id: string): AdminFlow | null {
  for (const [flow, prefixes] of FLOWS) if (prefixes.some((p) => id.startsWith(p))) return flow
  return null
}

/**
 * The decoder's hint from the node the paste screen was opened from (`#/decode?from=<node>`): the branch
 * and, for admins, the mail flow. Anything that is not a node of the tree gives no hint.
 */
export function hintFromNode(raw: string | null): DecodeHint {
  if (raw === null || !isNodeId(tree, raw)) return {}
  if (raw.startsWith('eu-')) return { role: 'end-user' }
  if (!raw.startsWith('ad-')) return {}
  const flow = flowOf(raw)
  return flow === null ? { role: 'admin' } : { role: 'admin', flow }
}
