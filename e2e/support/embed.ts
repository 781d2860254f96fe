import type { Frame, FrameLocator, Page } from '@playwright/test'
import { test as base, expect } from './test.ts'

type EmbedFixtures = {
  /** Origins besides the app's that the test may load from: the portal (host page). */
  allowedOrigins: string[]
  offOrigin: string[]
}

/**
 * The shared guards, with the request guard widened from one origin to the app's and the portal's:
 * a request to any third origin still fails the test.
 */
export const test = base.extend<EmbedFixtures>({
  allowedOrigins: [[], { option: true }],
  // A plain override keeps the shared fixture's { auto: true }.
  offOrigin: async ({ page, baseURL, allowedOrigins }, use) => {
    const allowed = new Set([new URL(baseURL ?? 'http://127.0.0.1').origin, ...allowedOrigins])
    const seen: string[] = []
    await page.route(
      (url) => !allowed.has(url.origin) && url.protocol !== 'data:',
      async (route) => {
        seen.push(route.request().url())
        await route.abort('blockedbyclient')
      },
    )
    await use(seen)
    expect(seen, 'requests that left the app’s and the portal’s origins').toEqual([])
  },
})

/** The Relay Doctor frame in a host page. */
export const relayFrame = (page: Page): FrameLocator => page.frameLocator('iframe[title^="Relay Doctor"]')

/** The frame object itself (for evaluating in it), once its document has loaded. */
export async function relayFrameHandle(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe[title^="Relay Doctor"]')
  const frame = await element.contentFrame()
  if (!frame) throw new Error('the Relay Doctor iframe has no document')
  return frame
}

/** How the frame fits its content: the frame's height, the content's height and the document's scroll height. */
export async function frameFit(page: Page) {
  const frame = await relayFrameHandle(page)
  const frameHeight = await page
    .locator('iframe[title^="Relay Doctor"]')
    .evaluate((f) => f.getBoundingClientRect().height)
  const inside = await frame.evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }))
  return { frameHeight, ...inside }
}
