import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

/** Every script and stylesheet a page fetched on its first load, raw and gzip -9, in bytes. */
export type FirstLoad = { jsFiles: number; jsRaw: number; jsGzip: number; cssRaw: number; cssGzip: number }

/** Loads `url` with no interaction (so nothing is fetched on intent) and sums what it fetched. */
export async function firstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const page = await browser.newPage()
  const bodies: Promise<{ type: string; body: Buffer }>[] = []
  page.on('response', (response) => {
    const type = response.request().resourceType()
    if (type === 'script' || type === 'stylesheet')
      bodies.push(response.body().then((body) => ({ type, body })))
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  const files = await Promise.all(bodies)
  await page.close()
  const sum = (type: string, size: (body: Buffer) => number) =>
    files.filter((f) => f.type === type).reduce((total, f) => total + size(f.body), 0)
  const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).length
  return {
    jsFiles: files.filter((f) => f.type === 'script').length,
    jsRaw: sum('script', (b) => b.length),
    jsGzip: sum('script', gzip),
    cssRaw: sum('stylesheet', (b) => b.length),
    cssGzip: sum('stylesheet', gzip),
  }
}
