import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { paths } from '../../src/config/paths.ts'
import { tree } from '../../src/trees/tree.ts'

/** The app URL of a walk, relative to the base URL (hash routing). */
export const walkUrl = (start: string, answers: readonly string[] = []) =>
  `./#${paths.walk.href(start, answers)}`

/**
 * Waits until the app has taken over the screen boot.js showed first (a prerendered walk screen is
 * inert until then): needed before focusing something or pressing a key on it.
 */
export async function appTookOver(page: Page) {
  await expect(page.locator('html')).not.toHaveAttribute('data-boot')
}

/** Makes sure a question's "Why we ask" disclosure is open (it starts open on wide screens, folded on phones). */
export async function openWhyWeAsk(page: Page) {
  const details = page.locator('details').filter({ hasText: 'Why we ask, and where to look' })
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
    await page.getByText('Why we ask, and where to look').click()
}

/**
 * Time for a test that loads every screen of the tree once: it grows with the tree, so a new node
 * never pushes such a test past a fixed limit.
 */
export const everyScreenTimeout = (): number => 30_000 + Object.keys(tree.nodes).length * 1_000
