import type { Page } from '@playwright/test'
import { fromOtherVersion, misheard } from './support/step-code.ts'
import { expect, expectNoAxeViolations, screenHeading, test } from './support/test.ts'

const STORAGE_KEY = 'relay-doctor.agent-call'

/** Opens the agent view and waits until it has focus on its heading's page and can take keys. */
async function openAgent(page: Page, path = '#/agent') {
  await page.goto(`./${path}`)
  await expect(page.getByRole('button', { name: 'End call' })).toBeEnabled()
}

/** Presses a key and waits for the next screen, whose heading takes focus. */
async function pressFor(page: Page, key: string, heading: string) {
  await page.keyboard.press(key)
  await expect(screenHeading(page)).toHaveText(heading)
  await expect(screenHeading(page)).toBeFocused()
}

/** Everything this origin keeps in session and local storage, as one text to search. */
const storedText = (page: Page) =>
  page.evaluate(() => JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage)]))

const trail = (page: Page) => page.getByRole('navigation', { name: 'The call so far' }).getByRole('listitem')

test('the home screen links to the agent view', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('button', { name: 'Read the error' })).toBeEnabled()
  await page.getByRole('link', { name: 'Helpdesk agent view' }).click()
  await expect(screenHeading(page)).toHaveText('Helpdesk agent view')
  await expectNoAxeViolations(page)
})

test('an agent walks a call by keyboard alone: numbers, Backspace, Alt+←, the ? list and changing an answer', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openAgent(page)
  await pressFor(page, '1', 'When do you see the error?')
  await expect(page.getByText('When does the error show up', { exact: false })).toBeVisible()
  await expectNoAxeViolations(page)
  await pressFor(page, '1', 'Which mail app are you using?')
  await pressFor(page, '4', 'Who can you not send to?')
  await pressFor(page, '1', 'Does your app sign in to the outgoing server?')
  await expect(page).toHaveURL(/#\/agent\/w\/eu-start\/on-send\/thunderbird\/external$/)
  await expect(trail(page)).toHaveCount(3)
  // Thunderbird's own steps sit beside the question.
  await expect(page.getByRole('region', { name: 'On the caller’s screen' })).toContainText(
    'Outgoing Server (SMTP)',
  )

  await pressFor(page, 'Backspace', 'Who can you not send to?')
  await pressFor(page, 'Alt+ArrowLeft', 'Which mail app are you using?')
  await pressFor(page, '6', 'Who can you not send to?')
  await pressFor(page, '1', 'Does your app sign in to the outgoing server?')
  await expect(trail(page).nth(1)).toContainText('Mail on iPhone or iPad')

  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  for (const action of [
    'Choose answer 1 to 9',
    'Back one step',
    'Start over at the first question',
    'Copy the summary as plain text',
    'Copy the summary as Markdown',
    'Show the caller’s screen text',
  ])
    await expect(dialog).toContainText(action)
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(screenHeading(page)).toBeFocused()

  // Change the app answer from the trail, by keyboard: Tab to its Change link.
  const change = page.getByRole('link', { name: 'Change the answer to “Which mail app are you using?”' })
  for (let i = 0; i < 60 && !(await change.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(change).toBeFocused()
  await pressFor(page, 'Enter', 'Which mail app are you using?')
  await expect(trail(page)).toHaveCount(1)
  await pressFor(page, '2', 'Who can you not send to?')
  await expect(trail(page).nth(1)).toContainText('New Outlook for Windows')

  // Through to an outcome: not signing in → turn it on → it worked.
  await pressFor(page, '1', 'Does your app sign in to the outgoing server?')
  await pressFor(page, '1', 'Turn on sign-in for the outgoing server')
  await expectNoAxeViolations(page)
  await pressFor(page, '1', 'Fixed: your mail is going out')
  await expectNoAxeViolations(page)
  await page.keyboard.press('s')
  await expect(screenHeading(page)).toHaveText('When do you see the error?')
  await expect(trail(page)).toHaveCount(0)
})

test('shortcuts stay quiet while the agent types a note, and can be switched off', async ({ page }) => {
  await openAgent(page, '#/agent/w/eu-start/on-send')
  const url = page.url()
  const note = page.getByRole('textbox', { name: 'Note for this step' })
  await note.click()
  await page.keyboard.type('1 2 c m v s ? and Backspace')
  await page.keyboard.press('Backspace')
  await expect(note).toHaveValue('1 2 c m v s ? and Backspac')
  expect(page.url()).toBe(url)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  expect(await page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY)).toContain('and Backspac')

  // With Ctrl or Alt held, keys are the browser's, not the agent view's.
  await screenHeading(page).focus()
  for (const key of ['Control+1', 'Alt+1', 'Control+c', 'Alt+c', 'Alt+m', 'Control+Backspace', 'Alt+s'])
    await page.keyboard.press(key)
  await expect(screenHeading(page)).toHaveText('Which mail app are you using?')
  expect(page.url()).toBe(url)
  await expect(page.getByRole('status').filter({ hasText: /copied/i })).toHaveCount(0)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  // The same keys without a modifier do act: the quiet above is the modifiers', not a dead page.
  await pressFor(page, '1', 'Who can you not send to?')
  await pressFor(page, 'Backspace', 'Which mail app are you using?')

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
  await page.getByRole('checkbox', { name: 'Single-key shortcuts on' }).uncheck()
  await page.keyboard.press('Escape')
  await screenHeading(page).focus()
  await page.keyboard.press('1')
  expect(page.url()).toBe(url)
  await expect(page.getByRole('button', { name: /Thunderbird/ })).not.toHaveAttribute('aria-keyshortcuts')
})

test('the summary holds the date, entry, answers, notes, error, current step, code and link', async ({
  page,
}) => {
  await openAgent(page, '#/agent/w/eu-start/on-send/thunderbird')
  await page.getByRole('textbox', { name: 'Note for this step' }).fill('Says *only* outside mail fails')
  await page
    .getByRole('textbox', { name: 'Paste the error, bounce or log line' })
    .fill('554 5.7.1 <friend@example.org>: Relay access denied')
  await page.getByRole('button', { name: 'Read the error' }).click()
  await expect(page.getByRole('button', { name: /^Go to its step/ })).toBeVisible()
  const code = (await page.getByTestId('agent-step-code').textContent()) ?? ''
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/)

  await screenHeading(page).focus()
  await page.keyboard.press('c')
  await expect(page.getByRole('status').filter({ hasText: 'Summary copied.' })).toBeVisible()
  const text = await page.evaluate(() => navigator.clipboard.readText())
  expect(text).toMatch(/^Date and time: \d{4}-\d\d-\d\d \d\d:\d\d \(UTC[+-]\d\d:\d\d/m)
  expect(text).toContain('Started from: Caller sends from a mail app')
  expect(text).toContain('- When do you see the error? → Right away when I press Send')
  expect(text).toContain('- Which mail app are you using? → Thunderbird')
  expect(text).toContain('554 5.7.1')
  expect(text).toContain('Current: Question: Who can you not send to?')
  expect(text).toContain('Note: Says *only* outside mail fails')
  expect(text).toContain(`Step code: ${code}`)
  expect(text).toContain(`#/c/${code}`)

  await page.keyboard.press('m')
  await expect(page.getByRole('status').filter({ hasText: 'Markdown' })).toBeVisible()
  const markdown = await page.evaluate(() => navigator.clipboard.readText())
  expect(markdown).toContain('# Relay Doctor call summary')
  expect(markdown).toContain('**Note:** Says \\*only\\* outside mail fails')

  await page.getByRole('button', { name: 'Show summary' }).click()
  await expect(page.getByRole('dialog', { name: 'Relay Doctor call summary' })).toContainText(code)
  await expectNoAxeViolations(page)
})

test('End call asks first, then clears the notes, the error and the walk from this tab', async ({ page }) => {
  await openAgent(page, '#/agent/w/eu-start/on-send')
  await page.getByRole('textbox', { name: 'Note for this step' }).fill('Caller on a train')
  await page
    .getByRole('textbox', { name: 'Paste the error, bounce or log line' })
    .fill('550 5.7.1 Unable to relay')
  expect(await page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY)).toContain('Unable to relay')
  expect(await storedText(page)).toContain('Caller on a train')
  await page.getByRole('button', { name: 'End call' }).click()
  const confirm = page.getByRole('dialog', { name: 'End this call?' })
  await expectNoAxeViolations(page)
  await confirm.getByRole('button', { name: 'Keep the call' }).click()
  await expect(page.getByRole('textbox', { name: 'Note for this step' })).toHaveValue('Caller on a train')
  await page.getByRole('button', { name: 'End call' }).click()
  await confirm.getByRole('button', { name: 'End call and clear' }).click()
  await expect(page).toHaveURL(/#\/agent$/)
  await expect(screenHeading(page)).toHaveText('Helpdesk agent view')
  await expect(page.getByRole('status').filter({ hasText: 'Call ended' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Paste the error, bounce or log line' })).toHaveValue('')
  expect(await page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY)).toBeNull()
  // Nothing of the call is left in this tab's storage, and the walk never went to lasting storage.
  const stored = await storedText(page)
  for (const trace of ['Caller on a train', 'Unable to relay', 'on-send']) expect(stored).not.toContain(trace)
  await page.keyboard.press('1')
  await expect(page.getByRole('textbox', { name: 'Note for this step' })).toHaveValue('')
})

test('a pasted error shows its diagnosis beside the questions and jumps to its step', async ({ page }) => {
  await openAgent(page)
  await page
    .getByRole('textbox', { name: 'Paste the error, bounce or log line' })
    .fill(
      'Your message to friend@example.org could not be sent.\n554 5.7.1 <friend@example.org>: Relay access denied',
    )
  await page.getByRole('button', { name: 'Read the error' }).click()
  const jump = page.getByRole('button', { name: /^Go to its step: / })
  await expect(jump).toBeVisible()
  await expect(page.getByRole('region', { name: 'The caller’s error' })).toContainText('554 5.7.1')
  const title = ((await jump.textContent()) ?? '').replace(/^Go to its step: /, '')
  await jump.click()
  await expect(screenHeading(page)).toHaveText(title)
  await expect(screenHeading(page)).toBeFocused()
  // The diagnosis stays beside the questions on the new step.
  await expect(page.getByRole('region', { name: 'The caller’s error' })).toContainText('554 5.7.1')
  await expectNoAxeViolations(page)
})

test('the caller’s screen shows the exact text the caller sees for this step', async ({ page }) => {
  await openAgent(page, '#/agent/w/eu-start/on-send/ios-mail/external/on')
  await screenHeading(page).focus()
  await page.keyboard.press('v')
  const dialog = page.getByRole('dialog', { name: 'What the caller sees' })
  await expect(dialog).toContainText('Which port and encryption does the outgoing server use?')
  await expect(dialog).toContainText('Use SSL is on, with port 587 or 465')
  await expect(dialog).not.toContainText('Port 587 with STARTTLS')
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(screenHeading(page)).toBeFocused()
})

test('a step code goes from the caller’s screen to the agent view and back', async ({ page, browser }) => {
  // The caller, in the wizard, reads out the code of their screen.
  await page.goto('./#/w/eu-start/on-send/samsung-email')
  await expect(screenHeading(page)).toHaveText('Who can you not send to?')
  const callerCode =
    (await page.locator('p').filter({ hasText: 'Your step code:' }).locator('code').textContent()) ?? ''
  const callerTrail = await page
    .getByRole('navigation', { name: 'Your answers so far' })
    .locator('li strong')
    .allTextContents()

  const context = await browser.newContext()
  const problems: string[] = []
  try {
    const agent = await context.newPage()
    agent.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    await openAgent(agent)
    const field = agent.getByRole('textbox', { name: 'Open a caller’s step code or link' })
    await field.fill(callerCode.toLowerCase().replace('-', ' '))
    await agent.getByRole('button', { name: 'Open' }).click()
    await expect(screenHeading(agent)).toHaveText('Who can you not send to?')
    await expect(agent).toHaveURL(/#\/agent\/w\/eu-start\/on-send\/samsung-email$/)
    expect(await trail(agent).locator('strong').allTextContents()).toEqual(callerTrail)
    await expect(agent.getByTestId('agent-step-code')).toHaveText(callerCode)

    // The agent moves on and sends the caller the new link.
    await pressFor(agent, '1', 'Does your app sign in to the outgoing server?')
    const agentCode = (await agent.getByTestId('agent-step-code').textContent()) ?? ''
    expect(agentCode).not.toBe(callerCode)
    await page.goto(`./#/c/${agentCode}`)
    await expect(screenHeading(page)).toHaveText('Does your app sign in to the outgoing server?')
    expect(
      await page
        .getByRole('navigation', { name: 'Your answers so far' })
        .locator('li strong')
        .allTextContents(),
    ).toEqual(await trail(agent).locator('strong').allTextContents())

    // A misheard character and a non-code each say what went wrong.
    await field.fill(misheard(agentCode))
    await agent.getByRole('button', { name: 'Open' }).click()
    await expect(agent.getByRole('alert').filter({ hasText: 'misheard' })).toBeVisible()
    await field.fill('hello!')
    await agent.getByRole('button', { name: 'Open' }).click()
    await expect(agent.getByRole('alert').filter({ hasText: 'not a step code' })).toBeVisible()
  } finally {
    await context.close()
  }
  expect(problems).toEqual([])
})

test.describe('the summary, in a time zone of its own', () => {
  test.use({ timezoneId: 'America/St_Johns' })

  test('keeps a note per step, and gives the zone, error facts and next action at a step and an outcome', async ({
    page,
  }) => {
    test.setTimeout(90_000)
    const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'America/St_Johns' })
    const dayBefore = today()
    await openAgent(page, '#/agent/w/eu-start/on-send/thunderbird/external')
    const note = page.getByRole('textbox', { name: 'Note for this step' })
    await note.fill('Thunderbird 128 on a work laptop')
    await screenHeading(page).focus()
    await pressFor(page, '1', 'Turn on sign-in for the outgoing server')
    await expect(note).toHaveValue('')
    await note.fill('Turned it on while on the phone')
    await screenHeading(page).focus()
    await pressFor(page, 'Backspace', 'Does your app sign in to the outgoing server?')
    await expect(note).toHaveValue('Thunderbird 128 on a work laptop')
    await pressFor(page, '1', 'Turn on sign-in for the outgoing server')
    await expect(note).toHaveValue('Turned it on while on the phone')

    await page
      .getByRole('textbox', { name: 'Paste the error, bounce or log line' })
      .fill('554 5.7.1 <friend@example.org>: Relay access denied')
    await page.getByRole('button', { name: 'Read the error' }).click()
    await expect(page.getByRole('button', { name: /^Go to its step/ })).toBeVisible()
    const code = (await page.getByTestId('agent-step-code').textContent()) ?? ''

    await screenHeading(page).focus()
    await page.keyboard.press('c')
    await expect(page.getByRole('status').filter({ hasText: 'Summary copied.' })).toBeVisible()
    const text = await page.evaluate(() => navigator.clipboard.readText())
    const lines = text.split('\n')
    const when = /^Date and time: (\d{4}-\d\d-\d\d) \d\d:\d\d \(UTC-03:30, America\/St_Johns\)$/m.exec(text)
    expect([dayBefore, today()]).toContain(when?.[1])
    expect(lines).toContain('Started from: Caller sends from a mail app')
    const signIn = lines.findIndex((line) =>
      line.startsWith('- Does your app sign in to the outgoing server? → '),
    )
    expect(lines[signIn + 1]).toBe('  Note: Thunderbird 128 on a work laptop')
    expect(lines).toContain('DECODED ERROR')
    expect(lines).toContain('- For friend@example.org')
    expect(text).toMatch(/^- 554 5\.7\.1, permanent, .+$/m)
    expect(lines).toContain('Current: Step: Turn on sign-in for the outgoing server')
    expect(lines).toContain('Next action: The caller carries out the step, then says whether it worked')
    expect(lines).toContain('Note: Turned it on while on the phone')
    expect(lines).toContain(`Step code: ${code}`)
    expect(lines).toContain(`Link for the caller: ${page.url().split('#')[0] ?? ''}#/c/${code}`)

    await pressFor(page, '1', 'Fixed: your mail is going out')
    const outcomeCode = (await page.getByTestId('agent-step-code').textContent()) ?? ''
    await page.keyboard.press('m')
    await expect(page.getByRole('status').filter({ hasText: 'Markdown' })).toBeVisible()
    const markdown = (await page.evaluate(() => navigator.clipboard.readText())).split('\n')
    expect(markdown[0]).toBe('# Relay Doctor call summary')
    // Typed and system text is Markdown-escaped: the zone’s underscore comes out as \_.
    expect(markdown.find((line) => line.startsWith('**Date and time:**'))).toMatch(
      /^\*\*Date and time:\*\* \d{4}-\d\d-\d\d \d\d:\d\d \(UTC-03:30, America\/St\\_Johns\)$/,
    )
    expect(markdown).toContain('**Started from:** Caller sends from a mail app')
    expect(markdown).toContain('## Questions and answers')
    expect(markdown.filter((line) => line.startsWith('- ') && line.includes(' → '))).toHaveLength(5)
    expect(markdown).toContain('  Note: Turned it on while on the phone')
    expect(markdown).toContain('## Decoded error')
    expect(markdown).toContain('**Current:** Solved: Fixed: your mail is going out')
    expect(markdown).toContain('**Next action:** Nothing more: the problem is solved')
    expect(markdown).toContain(`**Step code:** ${outcomeCode}`)
    expect(markdown).toContain(
      `**Link for the caller:** <${page.url().split('#')[0] ?? ''}#/c/${outcomeCode}>`,
    )
  })
})

test('a code the agent cannot open says why, passes axe, and the agent’s own link opens the step', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await openAgent(page, '#/agent/w/eu-start/on-send/ios-mail')
  const code = (await page.getByTestId('agent-step-code').textContent()) ?? ''
  const field = page.getByRole('textbox', { name: 'Open a caller’s step code or link' })
  const open = page.getByRole('button', { name: 'Open' })
  for (const [typed, message] of [
    ['', 'Type the code the caller reads out first.'],
    ['hello!', 'not a step code'],
    [misheard(code), 'misheard'],
    [fromOtherVersion(code), 'another version'],
  ] as const) {
    await field.fill(typed)
    await open.click()
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(screenHeading(page)).toHaveText('Who can you not send to?')
    await expectNoAxeViolations(page)
  }

  await page.getByRole('button', { name: 'Copy the link for the caller' }).click()
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#\/c\//)
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toBe(`${page.url().split('#')[0] ?? ''}#/c/${code}`)
  await page.goto(link)
  await expect(screenHeading(page)).toHaveText('Who can you not send to?')
  await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toContainText(
    'Mail on iPhone or iPad',
  )
})

test('an agent link that does not fit the tree says so and offers the last valid step', async ({ page }) => {
  await page.goto('./#/agent/w/eu-start/on-send/no-such-app')
  await expect(screenHeading(page)).toHaveText('This agent link doesn’t lead to a step we know')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Continue from the last valid step' }).click()
  await expect(screenHeading(page)).toHaveText('Which mail app are you using?')
  await expect(page).toHaveURL(/#\/agent\/w\/eu-start\/on-send$/)

  await page.goto('./#/agent/w/no-such-node')
  await expect(screenHeading(page)).toHaveText('This agent link doesn’t lead to a step we know')
  await expect(page.getByRole('link', { name: 'Continue from the last valid step' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Open a fresh agent view' }).click()
  await expect(screenHeading(page)).toHaveText('Helpdesk agent view')
})
