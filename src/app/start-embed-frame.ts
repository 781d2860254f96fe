import { inFrame } from '@/ui/in-frame.ts'
import { providerConfigReady } from './load-provider-config.ts'
import { router } from './router.tsx'

/**
 * In a host page's frame, loads the app's side of the embed protocol (its own small chunk, never
 * fetched outside a frame). Called at boot, before the router has redirected, so a restart can go
 * back to the route the frame was opened at.
 */
export function startEmbedFrame(): void {
  if (!inFrame()) return
  const firstPath = window.location.hash.slice(1) || '/'
  void import('@/features/embed-frame/connect-to-host.ts').then(({ connectToHost }) =>
    connectToHost({ router, configReady: providerConfigReady, firstPath }),
  )
}
