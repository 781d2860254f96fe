import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { ProviderConfig } from '@/config/provider.ts'
import { DEFAULT_PROVIDER } from '@/config/provider.ts'

type ProviderState = {
  readonly config: ProviderConfig
  /** Problems found in provider.json; when there are any, the defaults are in use. */
  readonly problems: readonly string[]
}

export const providerStore = createStore<ProviderState>()(() => ({ config: DEFAULT_PROVIDER, problems: [] }))

export const useProvider = <T>(select: (state: ProviderState) => T): T => useStore(providerStore, select)
