import type { Page } from '@playwright/test'
import type { Target } from './targets.ts'
import { ERROR_HEADINGS } from './targets.ts'

/** What a loaded page shows: its h1 and the tree nodes on screen. */
export type Seen = { readonly heading: string; readonly nodes: readonly string[] }

/** Why `seen` is not the real screen `target` names, or null when it is. */
export function screenProblem(seen: Seen, target: Target): string | null {
  if (seen.heading === '') return 'no heading on screen'
  if (ERROR_HEADINGS.includes(seen.heading)) return `the error screen “${seen.heading}”`
  if (target.heading !== undefined && seen.heading !== target.heading)
    return `heading “${seen.heading}”, expected “${target.heading}”`
  if (target.node !== undefined && !seen.nodes.includes(target.node))
    return `step ${target.node} not on screen (heading “${seen.heading}”)`
  return null
}

/** Reads what the page shows once its screen (not a loading placeholder) is there. */
export async function readScreen(page: Page): Promise<Seen> {
  const heading = page.getByRole('heading', { level: 1 })
  await heading.first().waitFor({ timeout: 15_000 })
  return {
    heading: ((await heading.first().textContent()) ?? '').trim(),
    nodes: await page
      .locator('[data-node]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-node') ?? '')),
  }
}
