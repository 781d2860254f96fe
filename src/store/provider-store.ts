import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { ProviderConfig } from '@/config/provider.ts'
import { DEFAULT_PROVIDER } from '@/config/provider.ts'

type ProviderState = {
  /** Every valid setting from provider.json; the neutral default for each missing or invalid one. */
  readonly config: ProviderConfig
  /** provider.json was read but some of it could not be used (the host gets the details in the console). */
  readonly settingsIgnored: boolean
}

export const providerStore = createStore<ProviderState>()(() => ({
  config: DEFAULT_PROVIDER,
  settingsIgnored: false,
}))

export const useProvider = <T>(select: (state: ProviderState) => T): T => useStore(providerStore, select)
