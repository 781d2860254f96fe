import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

type Guards = {
  /** Requests that tried to leave the app's origin (they are blocked). */
  offOrigin: string[]
  /** CSP violations and uncaught errors seen by the page. */
  pageProblems: string[]
}

/**
 * Every test runs with two guards: nothing may leave the app's origin, and the page may not log a
 * CSP violation, an uncaught error or a console error. Either one fails the test at its end.
 */
export const test = base.extend<Guards>({
  offOrigin: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
      const seen: string[] = []
      await page.route(
        (url) => url.origin !== origin && url.protocol !== 'data:',
        async (route) => {
          seen.push(route.request().url())
          await route.abort('blockedbyclient')
        },
      )
      await use(seen)
      expect(seen, 'requests that left the app’s origin').toEqual([])
    },
    { auto: true },
  ],
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = []
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
        })
      })
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text())
      })
      page.on('pageerror', (error) => problems.push(error.message))
      await use(problems)
      expect(problems, 'console errors, CSP violations or uncaught errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  expect(
    result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([])
}

/** The heading of the current screen (it receives focus on every new screen). */
export const screenHeading = (page: Page) => page.getByRole('heading', { level: 1 })
