import type { Page } from '@playwright/test'
import { expect, screenHeading, test } from './support/test.ts'
import { appTookOver, openWhyWeAsk, walkUrl } from './support/walk.ts'

/**
 * Notes the address at the moment the screen's heading changes (before the browser paints it), and
 * returns a way to read what was noted.
 */
async function watchHashAtNewHeading(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    // The h1 on screen: a first question rendered ahead, unseen, has one too.
    const shown = () => Array.from(document.querySelectorAll('h1')).find((h1) => h1.checkVisibility())
    const before = shown()?.textContent
    const seen: string[] = []
    Object.assign(window, { hashAtNewHeading: seen })
    new MutationObserver(() => {
      if (seen.length === 0 && shown()?.textContent !== before) seen.push(window.location.hash)
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
  })
  return () => page.evaluate(() => (window as unknown as { hashAtNewHeading: string[] }).hashAtNewHeading)
}

/** Waits until the app has taken over the prerendered home screen (its paste form is off until then). */
async function homeTookOver(page: Page) {
  await expect(page.getByRole('button', { name: 'Read the error' })).toBeEnabled()
}

test.describe('wizard navigation', () => {
  test('SMTP authentication off: turning it on fixes it', async ({ page }) => {
    await page.goto('./')
    await page.getByRole('link', { name: /sending from a mail app/ }).click()
    await expect(screenHeading(page)).toHaveText('When do you see the error?')
    await page.getByRole('button', { name: /Right away when I press Send/ }).click()
    await page.getByRole('button', { name: 'Thunderbird' }).click()
    await page.getByRole('button', { name: /Only people outside my own domain/ }).click()
    await expect(screenHeading(page)).toHaveText('Does your app sign in to the outgoing server?')
    await page.getByRole('button', { name: 'No, it is turned off' }).click()
    await expect(screenHeading(page)).toHaveText('Turn on sign-in for the outgoing server')
    await expect(page.getByText('same user name and password as for incoming mail')).toBeVisible()
    await page.getByRole('button', { name: /That fixed it/ }).click()
    await expect(screenHeading(page)).toHaveText('Fixed: your mail is going out')
    await expect(page.getByText('Solved')).toBeVisible()
    await expect(page).toHaveURL(/#\/w\/eu-start\/on-send\/thunderbird\/external\/off\/fixed$/)
  })

  test('an answer shows its next question first, and the URL records it just after', async ({ page }) => {
    await page.goto(walkUrl('eu-start'))
    await appTookOver(page)
    const hashes = await watchHashAtNewHeading(page)
    await page.getByRole('button', { name: /Right away when I press Send/ }).click()
    await expect(screenHeading(page)).toHaveText('Which mail app are you using?')
    expect(await hashes()).toEqual(['#/w/eu-start'])
    await expect(page).toHaveURL(/#\/w\/eu-start\/on-send$/)
    await expect(screenHeading(page)).toHaveText('Which mail app are you using?')
    await expect(screenHeading(page)).toBeFocused()
  })

  test('an entry on the home screen shows its first question first, and the URL follows just after', async ({
    page,
  }) => {
    await page.goto('./')
    await homeTookOver(page)
    const hashes = await watchHashAtNewHeading(page)
    await page.getByRole('link', { name: /sending from a mail app/ }).click()
    await expect(screenHeading(page)).toHaveText('When do you see the error?')
    expect(await hashes()).toEqual([''])
    await expect(page).toHaveURL(/#\/w\/eu-start$/)
    await page.goBack()
    await expect(screenHeading(page)).toHaveText('Fix the “Relay access denied” email error')
  })

  test('an entry clicked once the wizard has loaded keeps its first screen as it is when the URL follows', async ({
    page,
  }) => {
    await page.goto('./')
    await homeTookOver(page)
    const entry = page.getByRole('link', { name: /sending from a mail app/ })
    // The pointer resting on the entry loads the wizard's code.
    await entry.hover()
    await page.waitForLoadState('networkidle')
    const hashes = await watchHashAtNewHeading(page)
    await page.evaluate(() => {
      new MutationObserver((_, observer) => {
        const heading = document.querySelector('h1')
        if (heading?.textContent !== 'When do you see the error?') return
        Object.assign(heading, { firstOfItsScreen: true })
        observer.disconnect()
      }).observe(document.body, { childList: true, subtree: true, characterData: true })
    })
    await entry.click()
    await expect(page).toHaveURL(/#\/w\/eu-start$/)
    expect(await hashes()).toEqual([''])
    // Still the heading first put in: the screen was not rendered again from the new URL.
    expect(await screenHeading(page).evaluate((heading) => Object.hasOwn(heading, 'firstOfItsScreen'))).toBe(
      true,
    )
    await expect(screenHeading(page)).toBeFocused()
    await page.goBack()
    await expect(screenHeading(page)).toHaveText('Fix the “Relay access denied” email error')
  })

  test('an entry clicked with Ctrl or Cmd opens in a new tab and leaves this one at home', async ({
    page,
    context,
  }) => {
    await page.goto('./')
    await homeTookOver(page)
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: /sending from a mail app/ }).click({ modifiers: ['ControlOrMeta'] }),
    ])
    await expect(tab).toHaveURL(/#\/w\/eu-start$/)
    await expect(screenHeading(tab)).toHaveText('When do you see the error?')
    await expect(screenHeading(page)).toHaveText('Fix the “Relay access denied” email error')
    expect(page.url()).not.toContain('#/w/')
  })

  test('browser Back and Forward move through the wizard', async ({ page }) => {
    await page.goto(walkUrl('eu-start'))
    await page.getByRole('button', { name: /Right away when I press Send/ }).click()
    await expect(screenHeading(page)).toHaveText('Which mail app are you using?')
    await page.getByRole('button', { name: 'Samsung Email' }).click()
    await expect(screenHeading(page)).toHaveText('Who can you not send to?')
    await page.getByRole('button', { name: /Everyone, even colleagues/ }).click()
    await expect(screenHeading(page)).toHaveText('Check the outgoing server name and your account')
    // The URL records an answer just after its screen is painted.
    await expect(page).toHaveURL(/\/everyone$/)
    await page.goBack()
    await expect(screenHeading(page)).toHaveText('Who can you not send to?')
    await page.goBack()
    await expect(screenHeading(page)).toHaveText('Which mail app are you using?')
    await page.goForward()
    await expect(screenHeading(page)).toHaveText('Who can you not send to?')
  })

  test('a deep link shows the same screen and answers, and survives a reload', async ({ page }) => {
    const url = walkUrl('eu-start', ['on-send', 'ios-mail', 'external', 'on'])
    await page.goto(url)
    await expect(screenHeading(page)).toHaveText('Which port and encryption does the outgoing server use?')
    await openWhyWeAsk(page)
    await expect(page.getByText('Primary Server').first()).toBeVisible()
    const trail = page.getByRole('navigation', { name: 'Your answers so far' })
    await expect(trail.getByRole('listitem')).toHaveCount(4)
    await expect(trail).toContainText('Yes, it is turned on')
    await page.reload()
    await expect(screenHeading(page)).toHaveText('Which port and encryption does the outgoing server use?')
    await expect(trail.getByRole('listitem')).toHaveCount(4)
  })

  test('an earlier answer can be reopened from the trail', async ({ page }) => {
    await page.goto(walkUrl('eu-start', ['on-send', 'other', 'external', 'on']))
    await page.getByRole('link', { name: 'Change your answer to “Who can you not send to?”' }).click()
    await expect(screenHeading(page)).toHaveText('Who can you not send to?')
    await expect(
      page.getByRole('navigation', { name: 'Your answers so far' }).getByRole('listitem'),
    ).toHaveCount(2)
    await page.getByRole('button', { name: /Everyone, even colleagues/ }).click()
    await expect(screenHeading(page)).toHaveText('Check the outgoing server name and your account')
  })

  test('the Back and Start over buttons', async ({ page }) => {
    await page.goto(walkUrl('eu-start', ['on-send', 'other', 'external']))
    await page.getByRole('link', { name: 'Back' }).click()
    await expect(screenHeading(page)).toHaveText('Who can you not send to?')
    await page.getByRole('link', { name: 'Start over' }).click()
    await expect(screenHeading(page)).toHaveText('When do you see the error?')
    await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toHaveCount(0)
  })

  test('focus moves to the heading of each new screen', async ({ page }) => {
    await page.goto(walkUrl('eu-start'))
    await page.getByRole('button', { name: /Right away when I press Send/ }).click()
    await expect(screenHeading(page)).toBeFocused()
    await expect(page).toHaveTitle(/Which mail app are you using\?/)
  })

  for (const { what, open, control, next } of [
    {
      what: 'an answer',
      open: async (page: Page) => {
        await page.goto(walkUrl('eu-start'))
        await appTookOver(page)
      },
      control: (page: Page) => page.getByRole('button', { name: /Right away when I press Send/ }),
      next: 'Which mail app are you using?',
    },
    {
      what: 'an entry on the home screen',
      open: async (page: Page) => {
        await page.goto('./')
        await homeTookOver(page)
      },
      control: (page: Page) => page.getByRole('link', { name: /I’m sending from a mail app/ }),
      next: 'When do you see the error?',
    },
  ])
    test(`pressing ${what} with the mouse leaves focus alone until the click moves it to the next heading`, async ({
      page,
    }) => {
      await open(page)
      const pressed = control(page)
      const box = await pressed.boundingBox()
      if (box === null) throw new Error(`${what} is not on screen`)
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await page.mouse.down()
      await expect(pressed).not.toBeFocused()
      await page.mouse.up()
      await expect(screenHeading(page)).toHaveText(next)
      await expect(screenHeading(page)).toBeFocused()
    })

  test('the home screen offers to continue the last walk', async ({ page }) => {
    await page.goto(walkUrl('eu-start', ['on-send', 'other', 'external']))
    await expect(screenHeading(page)).toHaveText('Does your app sign in to the outgoing server?')
    await page.getByRole('link', { name: 'Home' }).click()
    await page.getByRole('link', { name: 'Continue where you left off' }).click()
    await expect(screenHeading(page)).toHaveText('Does your app sign in to the outgoing server?')
  })
})
