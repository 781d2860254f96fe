import { createMemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { whenRouterReady } from './when-router-ready.ts'

const Empty = () => null

describe('whenRouterReady', () => {
  it('waits until the current route’s lazy code has loaded', async () => {
    let load!: () => void
    const loaded = new Promise<void>((resolve) => {
      load = resolve
    })
    const router = createMemoryRouter(
      [{ path: '/decode', lazy: () => loaded.then(() => ({ Component: Empty })) }],
      { initialEntries: ['/decode'] },
    )
    let ready = false
    const waiting = whenRouterReady(router).then(() => {
      ready = true
    })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(ready).toBe(false)
    load()
    await waiting
    expect(router.state.initialized).toBe(true)
    router.dispose()
  })

  it('resolves at once for a router that is already initialized', async () => {
    const router = createMemoryRouter([{ path: '/', Component: Empty }])
    expect(router.state.initialized).toBe(true)
    await expect(whenRouterReady(router)).resolves.toBeUndefined()
    router.dispose()
  })
})
