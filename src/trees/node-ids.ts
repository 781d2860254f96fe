import { branchDefiner } from '@/engine/define-tree.ts'
import type { AdminCoreId } from './admin.ts'
import type { AdminDeviceId } from './admin-devices.ts'
import type { AdminInboundId } from './admin-inbound.ts'
import type { AdminOutboundId } from './admin-outbound.ts'
import type { AdminRelayRouteId } from './admin-relay-routes.ts'
import type { EndUserId } from './end-user.ts'

/** Every node id of the tree: the id unions each branch file declares. */
export type NodeId =
  | EndUserId
  | AdminCoreId
  | AdminOutboundId
  | AdminInboundId
  | AdminDeviceId
  | AdminRelayRouteId

/** `defineBranch<OwnIds>({ … })`: a branch holding exactly its own ids, whose every `next` is a `NodeId`. */
export const defineBranch = branchDefiner<NodeId>()
