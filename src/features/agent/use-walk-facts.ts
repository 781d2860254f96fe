import { providerFacts } from '@/config/provider-values.ts'
import type { Facts } from '@/engine/types.ts'
import type { Walk } from '@/engine/walk.ts'
import { factsOf } from '@/engine/walk.ts'
import { useProvider } from '@/store/provider-store.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'

/** The facts content is shown for: the provider's settings and the caller's answers so far. */
export function useWalkFacts(walk: Walk<NodeId>): Facts {
  const config = useProvider((s) => s.config)
  return { ...providerFacts(config), ...factsOf(tree, walk) }
}
