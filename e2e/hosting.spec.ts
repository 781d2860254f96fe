import { tree } from '../src/trees/tree.ts'
import { expect, screenHeading, test } from './support/test.ts'
import { everyScreenTimeout, walkUrl } from './support/walk.ts'

const SUB_PATH = '/help/relay-doctor/'

test('works from a sub-path of a plain static server (no rewrite rules)', async ({ page }) => {
  await page.goto(SUB_PATH)
  await expect(screenHeading(page)).toHaveText('Fix the “Relay access denied” email error')
  await page.getByRole('link', { name: /sending from a mail app/ }).click()
  await page.getByRole('button', { name: /Right away when I press Send/ }).click()
  await expect(screenHeading(page)).toHaveText('Which mail app are you using?')
  await expect(page).toHaveURL(/#\/w\/eu-start\/on-send$/) // recorded just after the screen paints
  expect(new URL(page.url()).pathname).toBe(SUB_PATH)
  await page.reload()
  await expect(screenHeading(page)).toHaveText('Which mail app are you using?')
  const deep = `${SUB_PATH}${walkUrl('eu-start', ['on-send', 'other', 'external']).slice(2)}`
  await page.goto(deep)
  await expect(screenHeading(page)).toHaveText('Does your app sign in to the outgoing server?')
})

test('the server sends the strict CSP, and no screen violates it', async ({ page, pageProblems }) => {
  test.setTimeout(everyScreenTimeout())
  const response = await page.goto('./')
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  // The pageProblems guard fails the test on any CSP violation; visit every screen to give it the chance.
  for (const id of Object.keys(tree.nodes)) {
    await page.goto(walkUrl(id))
    await expect(page.locator(`[data-node="${id}"]`)).toBeVisible()
  }
  const inline = await page.evaluate(() => ({
    scripts: document.querySelectorAll('script:not([src])').length,
    styles: document.querySelectorAll('style').length,
    styleAttributes: document.querySelectorAll('[style]').length,
  }))
  expect(inline).toEqual({ scripts: 0, styles: 0, styleAttributes: 0 })
  expect(pageProblems).toEqual([])
})

test('a CSP violation is caught by the guard (the check can fail)', async ({ page, pageProblems }) => {
  await page.goto('./')
  await page.evaluate(() => {
    const style = document.createElement('style')
    style.textContent = 'body { color: red }'
    document.head.append(style)
  })
  await expect.poll(() => pageProblems.some((p) => p.includes('CSP violation'))).toBe(true)
  pageProblems.length = 0
})

// Privacy is checked without the CSP's help, so a request the app attempts is seen even if CSP would block it.
test.describe('privacy', () => {
  test.use({ bypassCSP: true })

  test('no request leaves the app’s origin on any screen', async ({ page, offOrigin }) => {
    test.setTimeout(everyScreenTimeout())
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    await page.goto('./')
    for (const id of Object.keys(tree.nodes)) {
      await page.goto(walkUrl(id))
      await expect(page.locator(`[data-node="${id}"]`)).toBeVisible()
    }
    const origin = new URL(page.url()).origin
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([])
    expect(offOrigin).toEqual([])
  })

  test('an off-origin request is caught by the guard (the check can fail)', async ({
    page,
    offOrigin,
    pageProblems,
  }) => {
    await page.goto('./')
    await page.evaluate(() => fetch('https://example.com/beacon').catch(() => undefined))
    await expect.poll(() => offOrigin.length).toBe(1)
    offOrigin.length = 0
    pageProblems.length = 0
  })
})

test('the build ships React Router’s production build, without its development warnings', async ({
  page,
  request,
}) => {
  const scripts: string[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url())
  })
  await page.goto('./')
  await page.getByRole('link', { name: /sending from a mail app/ }).click()
  await expect(screenHeading(page)).toHaveText('When do you see the error?')
  const code = (await Promise.all(scripts.map(async (url) => (await request.get(url)).text()))).join('\n')
  // The router is there (its error for an unknown route's path), its dev-only warning is not.
  expect(code.includes('No route matches URL'), 'React Router is in the scripts').toBe(true)
  expect(code.includes('No routes matched location'), 'its development warning is in the scripts').toBe(false)
})
