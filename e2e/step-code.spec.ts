import type { Browser, Page } from '@playwright/test'
import { fromOtherVersion, misheard } from './support/step-code.ts'
import { expect, expectNoAxeViolations, screenHeading, test } from './support/test.ts'
import { walkUrl } from './support/walk.ts'

const QUESTION = ['on-send', 'thunderbird', 'external']
const STEP = [...QUESTION, 'unknown']
const OUTCOME = [...STEP, 'fixed']

/** The step code this screen shows, as displayed (7K3M-X9QP). */
async function shownCode(page: Page): Promise<string> {
  const line = page.locator('p').filter({ hasText: 'Your step code:' })
  // Just after an answer, the line below the question still holds the screen before's code, hidden.
  await expect(line).toBeVisible()
  const code = (await line.locator('code').textContent()) ?? ''
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  return code
}

/** The trail's answers, in order, as shown. */
const trailAnswers = (page: Page) =>
  page.getByRole('navigation', { name: 'Your answers so far' }).locator('li strong').allTextContents()

/** A page in a fresh browser context (another person's browser) that fails on console errors too. */
async function otherBrowser(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return { page, problems }
}

test.describe('every wizard screen shows its step code', () => {
  for (const [kind, answers, heading] of [
    ['a question', QUESTION, 'Does your app sign in to the outgoing server?'],
    ['a step', STEP, 'Turn on sign-in for the outgoing server'],
    ['an outcome', OUTCOME, 'Fixed: your mail is going out'],
  ] as const) {
    test(`on ${kind}, with Copy buttons for the code and its link`, async ({ page }) => {
      await page.goto(walkUrl('eu-start', answers))
      await expect(screenHeading(page)).toHaveText(heading)
      const code = await shownCode(page)
      await expect(page.getByText(`#/c/${code}`)).toBeVisible()
      await page.getByRole('button', { name: 'Copy the step code' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'Copied' }).first()).toBeAttached()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)
      await page.getByRole('button', { name: 'Copy the link to this step' }).click()
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#\/c\//)
      const link = await page.evaluate(() => navigator.clipboard.readText())
      expect(link).toBe(`${page.url().split('#')[0] ?? ''}#/c/${code}`)
      // Screen readers get the code one character at a time.
      await expect(
        page.getByText(`Your step code: ${code.replace('-', '').split('').slice(0, 4).join(' ')}, `),
      ).toBeAttached()
    })
  }
})

test('just after an answer, the screen before’s step code, trail and Back link cannot be seen or used', async ({
  page,
}) => {
  await page.goto(walkUrl('eu-start', ['on-send']))
  await expect(page.locator('p').filter({ hasText: 'Your step code:' })).toBeVisible()
  // The click and a look in the same task: the next question is rendered within the click, the parts
  // below it a render later.
  const seen = await page.evaluate(() => {
    const codeLine = () =>
      Array.from(document.querySelectorAll('p')).find((p) => p.textContent.includes('Your step code:'))
    const before = codeLine()?.querySelector('code')?.textContent
    const answer = Array.from(document.querySelectorAll('button')).find((b) =>
      /^Thunderbird/.test(b.textContent),
    )
    answer?.click()
    const line = codeLine()
    const backLink = Array.from(document.querySelectorAll('a')).find((a) => a.textContent.includes('Back'))
    return {
      heading: document.querySelector('h1')?.textContent,
      staleBackShown: backLink?.checkVisibility({ visibilityProperty: true }) === true,
      staleBackUsable: backLink !== undefined && backLink.closest('[inert]') === null,
      staleCodeShown:
        line?.querySelector('code')?.textContent === before &&
        line?.checkVisibility({ visibilityProperty: true }) === true,
      staleCodeUsable: line?.closest('[inert]') === null,
    }
  })
  expect(seen).toEqual({
    heading: 'Who can you not send to?',
    staleBackShown: false,
    staleBackUsable: false,
    staleCodeShown: false,
    staleCodeUsable: false,
  })
  // A moment later the line is this screen's, and can be used again.
  await expect(page.locator('p').filter({ hasText: 'Your step code:' })).toBeVisible()
  await expect(page.locator('[inert]')).toHaveCount(0)
})

test('a step code carries the walk from one browser to another and back', async ({ page, browser }) => {
  await page.goto(walkUrl('eu-start'))
  await page.getByRole('button', { name: /Right away when I press Send/ }).click()
  await page.getByRole('button', { name: /^Thunderbird$/ }).click()
  await expect(screenHeading(page)).toHaveText('Who can you not send to?')
  const userCode = await shownCode(page)

  const agent = await otherBrowser(browser)
  await agent.page.goto(`./#/c/${userCode.toLowerCase()}`)
  await expect(screenHeading(agent.page)).toHaveText('Who can you not send to?')
  expect(await trailAnswers(agent.page)).toEqual(await trailAnswers(page))
  // The code link is replaced by the walk's own address.
  expect(agent.page.url()).toMatch(/#\/w\/eu-start\/on-send\/thunderbird$/)
  expect(await shownCode(agent.page)).toBe(userCode)

  await agent.page.getByRole('button', { name: /Only people outside/ }).click()
  await expect(screenHeading(agent.page)).toHaveText('Does your app sign in to the outgoing server?')
  const agentCode = await shownCode(agent.page)
  expect(agentCode).not.toBe(userCode)

  await page.goto(`./#/c/${agentCode}`)
  await expect(screenHeading(page)).toHaveText('Does your app sign in to the outgoing server?')
  expect(await trailAnswers(page)).toEqual(await trailAnswers(agent.page))
  await agent.page.context().close()
  expect(agent.problems).toEqual([])
})

test.describe('a code that does not work says why and offers a way on', () => {
  for (const [kind, code, message] of [
    ['malformed', () => 'HELLO-UU', /isn’t a step code/],
    ['misheard', misheard, /One character looks misheard or mistyped/],
    ['from another version', fromOtherVersion, /comes from another version of Relay Doctor/],
  ] as const) {
    test(kind, async ({ page }) => {
      await page.goto(walkUrl('eu-start', QUESTION))
      const good = await shownCode(page)
      const bad = code(good)
      await page.goto(`./#/c/${bad}`)
      await expect(screenHeading(page)).toHaveText('This step code doesn’t work')
      await expect(screenHeading(page)).toBeFocused()
      await expect(page.getByText(message)).toBeVisible()
      await expect(page.getByRole('textbox', { name: 'Step code' })).toHaveValue(bad)
      await expect(page.getByRole('link', { name: 'Start the questions' })).toBeVisible()
      await expect(page.getByRole('link', { name: 'Home' })).toBeVisible()
      await expectNoAxeViolations(page)
      // Correcting the code in the field opens the step.
      await page.getByRole('textbox', { name: 'Step code' }).fill(good)
      await page.getByRole('textbox', { name: 'Step code' }).press('Enter')
      await expect(screenHeading(page)).toHaveText('Does your app sign in to the outgoing server?')
    })
  }
})

test('from home, a code typed with the keyboard alone opens its step, and Back returns home', async ({
  page,
}) => {
  await page.goto(walkUrl('eu-start', STEP))
  const code = await shownCode(page)
  await page.goto('./')
  await expect(page.getByRole('button', { name: 'Read the error' })).toBeEnabled()
  await page.getByRole('link', { name: 'Have a step code? Open it here' }).focus()
  await page.keyboard.press('Enter')
  await expect(screenHeading(page)).toHaveText('Open a step code')
  await expect(screenHeading(page)).toBeFocused()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('textbox', { name: 'Step code' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert')).toHaveText(/Type the code first/)
  await expect(page.getByRole('textbox', { name: 'Step code' })).toHaveAttribute('aria-invalid', 'true')
  await page.keyboard.type(code.toLowerCase().replace('-', ' '))
  await page.keyboard.press('Enter')
  await expect(screenHeading(page)).toHaveText('Turn on sign-in for the outgoing server')
  await expect(screenHeading(page)).toBeFocused()
  await page.goBack()
  await expect(screenHeading(page)).toHaveText('Open a step code')
})

test('the step code line passes axe on a screen that shows it', async ({ page }) => {
  await page.goto(walkUrl('eu-start', OUTCOME))
  await shownCode(page)
  await expectNoAxeViolations(page)
})
