import { useSyncExternalStore } from 'react'

const subscribe = () => () => undefined

/**
 * False in the prerendered HTML and while React takes it over, true from then on. Controls that
 * only work with the app's code use it to stay disabled until then, so a quick user cannot submit a
 * native form (which the strict CSP would block) or type into a box that hydration would reset.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
