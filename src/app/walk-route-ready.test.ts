import { beforeEach, describe, expect, it, vi } from 'vitest'

const loadWalkRoute = vi.fn<() => Promise<unknown>>()
let releaseProvider: () => void = () => undefined
vi.mock('./route-chunks.ts', () => ({ loadWalkRoute: () => loadWalkRoute() }))
vi.mock('./load-provider-config.ts', () => ({
  providerConfigReady: () =>
    new Promise<null>((resolve) => {
      releaseProvider = () => {
        resolve(null)
      }
    }),
}))

/** Stands in for the wizard's module. */
const walk = { Component: () => null }

/** A fresh copy of the module, so each test starts with nothing loaded. */
const freshModule = async () => {
  vi.resetModules()
  return import('./walk-route-ready.ts')
}

describe('walkRouteReady', () => {
  beforeEach(() => {
    loadWalkRoute.mockReset()
  })

  it('has the wizard only once its code and provider.json are both ready, and loads it once', async () => {
    loadWalkRoute.mockResolvedValue(walk)
    const { walkRouteReady, loadedWalkRoute } = await freshModule()
    const ready = walkRouteReady()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(loadedWalkRoute()).toBeUndefined()
    releaseProvider()
    await expect(ready).resolves.toBe(walk)
    expect(loadedWalkRoute()).toBe(walk)
    await walkRouteReady()
    expect(loadWalkRoute).toHaveBeenCalledTimes(1)
  })

  it('forgets a failed load, so the next attempt fetches again', async () => {
    loadWalkRoute.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(walk)
    const { walkRouteReady, loadedWalkRoute } = await freshModule()
    const failed = walkRouteReady()
    releaseProvider()
    await expect(failed).rejects.toThrow('Failed to fetch')
    expect(loadedWalkRoute()).toBeUndefined()
    const retried = walkRouteReady()
    releaseProvider()
    await expect(retried).resolves.toBe(walk)
    expect(loadWalkRoute).toHaveBeenCalledTimes(2)
  })
})
