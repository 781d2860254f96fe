import type { ComponentType } from 'react'
import { createContext, useContext } from 'react'
import type { Diagnosis } from '@/decoder/types.ts'
import type { Block } from '@/engine/content.ts'
import type { Text } from '@/engine/text.ts'
import type { Facts } from '@/engine/types.ts'

export type DecodeOutcome =
  | { readonly status: 'done'; readonly diagnoses: readonly Diagnosis[] }
  | { readonly status: 'failed'; readonly problem: 'timeout' | 'error' }

/**
 * What the agent view borrows from the other screens. A feature never imports another feature, so the
 * app hands these in: the wizard's rendering of rich content and the decoder's time-limited worker.
 */
export type AgentKit = {
  readonly Blocks: ComponentType<{ blocks: readonly Block[]; facts: Facts }>
  readonly RichText: ComponentType<{ text: Text }>
  /** Decodes pasted text off the page's thread within a time budget; the outcome never rejects. */
  readonly decode: (source: string) => { outcome: Promise<DecodeOutcome>; cancel: () => void }
}

const KitContext = createContext<AgentKit | null>(null)

export const AgentKitProvider = KitContext.Provider

export function useAgentKit(): AgentKit {
  const kit = useContext(KitContext)
  if (!kit) throw new Error('The agent view needs an AgentKitProvider (see src/app/routes/agent.tsx).')
  return kit
}
