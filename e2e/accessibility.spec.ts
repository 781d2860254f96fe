import { tree } from '../src/trees/tree.ts'
import { expect, expectNoAxeViolations, screenHeading, test } from './support/test.ts'
import { everyScreenTimeout, walkUrl } from './support/walk.ts'

const nodeIds = Object.keys(tree.nodes)

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme })

    test('home screen', async ({ page }) => {
      await page.goto('./')
      await expect(screenHeading(page)).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('paste screen', async ({ page }) => {
      await page.goto('./#/decode')
      await expect(screenHeading(page)).toHaveText('Paste the error or drop the bounce')
      await expectNoAxeViolations(page)
    })

    test('bad-link and not-found screens', async ({ page }) => {
      await page.goto(walkUrl('no-such-node'))
      await expect(screenHeading(page)).toHaveText('This link doesn’t lead to a step we know')
      await expectNoAxeViolations(page)
      await page.goto('./#/nowhere')
      await expect(screenHeading(page)).toHaveText('Page not found')
      await expectNoAxeViolations(page)
    })

    // One screen per node, generated from the tree data. A trail is added where the node has a parent,
    // so the trail and Back/Start over controls are checked too.
    for (const id of nodeIds) {
      test(`node ${id}`, async ({ page }) => {
        await page.goto(walkUrl(id))
        await expect(page.locator(`[data-node="${id}"]`)).toBeVisible()
        await expectNoAxeViolations(page)
      })
    }

    test('a screen with a trail and navigation', async ({ page }) => {
      await page.goto(walkUrl('eu-start', ['on-send', 'outlook-classic', 'external', 'off']))
      await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}

test('every screen fits a 360 px wide phone without sideways scrolling', async ({ page }) => {
  test.setTimeout(everyScreenTimeout())
  await page.setViewportSize({ width: 360, height: 740 })
  for (const url of ['./', './#/decode', ...nodeIds.map((id) => walkUrl(id))]) {
    await page.goto(url)
    await expect(screenHeading(page)).toBeVisible()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, url).toBeLessThanOrEqual(0)
  }
})

test('motion is removed when the user asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(walkUrl('eu-start'))
  const answer = page.getByRole('button', { name: /Right away/ })
  // Once the app has taken over the prerendered screen, so the button read is the one that stays.
  await expect(answer).toBeEnabled()
  const duration = await answer.evaluate((el) => getComputedStyle(el).transitionDuration)
  expect(Number.parseFloat(duration)).toBeLessThan(0.001)
})
