import type { AdminFlow, DecodeHint } from '@/decoder/landing.ts'
import { isNodeId } from '@/engine/walk.ts'
import { adminDeviceNodes } from '@/trees/admin-devices.ts'
import { adminInboundNodes } from '@/trees/admin-inbound.ts'
import { adminOutboundNodes } from '@/trees/admin-outbound.ts'
import { tree } from '@/trees/tree.ts'

// The platform questions of the admin branch's start, under "our users can't send".
const SUBMISSION_PREFIXES = ['ad-out-', 'ad-pf-', 'ad-cp-', 'ad-exim-', 'ad-pl-', 'ad-ex-', 'ad-m365-']
const DEVICE_IDS: readonly string[] = ['ad-dev-platform', 'ad-dev-mta']
const SUBMISSION_IDS: readonly string[] = [
  'ad-sender-login',
  'ad-container',
  'ad-google-relay',
  'ad-other-mta',
]
const OUTBOUND_IDS: readonly string[] = ['ad-smarthost', 'ad-pbl']

function flowOf(id: string): AdminFlow | null {
  if (Object.hasOwn(adminDeviceNodes, id) || DEVICE_IDS.includes(id)) return 'device'
  if (Object.hasOwn(adminInboundNodes, id)) return 'inbound'
  if (Object.hasOwn(adminOutboundNodes, id) || OUTBOUND_IDS.includes(id)) return 'outbound'
  if (SUBMISSION_IDS.includes(id)) return 'submission'
  return SUBMISSION_PREFIXES.some((prefix) => id.startsWith(prefix)) ? 'submission' : null
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
