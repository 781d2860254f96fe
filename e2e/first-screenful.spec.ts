import { shortestMovesTo } from '../src/engine/graph.ts'
import { tree } from '../src/trees/tree.ts'
import { expect, screenHeading, test } from './support/test.ts'
import { appTookOver, walkUrl } from './support/walk.ts'

const PHONE = { width: 360, height: 740 }
/** iPhone Mail has its own port answers; Outlook (classic) has the longest per-app steps; "other" the generic ones. */
const APPS = ['ios-mail', 'outlook-classic', 'other']
type NodeId = keyof typeof tree.nodes
const questions = (Object.keys(tree.nodes) as NodeId[]).filter((id) => tree.nodes[id].kind === 'question')
const entries = Object.values(tree.entries)

/** Deep links to every question, walked from an entry as a user of each app would reach it. */
const links = questions.flatMap((id) => {
  const urls = APPS.flatMap((app) =>
    entries.flatMap((start) => {
      const moves = shortestMovesTo(tree, start, id, { app })
      return moves
        ? [
            walkUrl(
              start,
              moves.map((m) => m.answer),
            ),
          ]
        : []
    }),
  )
  return [...new Set(urls)].map((url) => ({ id, url }))
})

test('a walk from an entry is found for every question', () => {
  expect(new Set(links.map((link) => link.id))).toEqual(new Set(questions))
})

test('on a 360×740 phone, every question’s first answer starts within the first screenful', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await page.setViewportSize(PHONE)
  for (const { id, url } of links) {
    await page.goto(url)
    await expect(page.locator(`[data-node="${id}"]`)).toBeVisible()
    await expect(screenHeading(page)).toBeVisible()
    await appTookOver(page)
    const first = page.locator(`[data-node="${id}"] ul button`).first()
    const box = await first.boundingBox()
    expect(box, url).not.toBeNull()
    // At least a tap target's height of the first answer shows without scrolling.
    expect((box?.y ?? Number.POSITIVE_INFINITY) + 44, `${id} at ${url}`).toBeLessThanOrEqual(PHONE.height)
  }
})

test('on a phone the explanation of a question opens from its Why we ask disclosure, by keyboard', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  await page.goto(walkUrl('eu-start', ['on-send', 'ios-mail', 'external', 'on']))
  const why = page.getByText('Why we ask, and where to look')
  await expect(page.getByText('Primary Server').first()).toBeHidden()
  await appTookOver(page)
  await why.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Primary Server').first()).toBeVisible()
  await expect(why).toBeFocused()
})

test('on a wide screen the explanation starts open beside the answers, and each new question starts open again', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(walkUrl('eu-start', ['on-send', 'ios-mail', 'external', 'on']))
  await expect(page.getByText('Primary Server').first()).toBeVisible()
  await page.getByText('Why we ask, and where to look').click()
  await expect(page.getByText('Primary Server').first()).toBeHidden()
  await page.getByRole('button', { name: /Use SSL is on/ }).click()
  await expect(screenHeading(page)).toHaveText('What kind of account is it?')
  await page.goto(walkUrl('eu-start', ['on-send', 'ios-mail', 'external']))
  await expect(page.locator('details')).toHaveJSProperty('open', true)
})

test('after the window is narrowed or widened, the next question’s explanation starts as fits the new width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(walkUrl('eu-start'))
  await appTookOver(page)
  await expect(page.locator('details')).toHaveJSProperty('open', true)
  await page.setViewportSize(PHONE)
  await page.getByRole('button', { name: /Right away when I press Send/ }).click()
  await page.getByRole('button', { name: /^Mail on iPhone or iPad/ }).click()
  await expect(screenHeading(page)).toHaveText('Who can you not send to?')
  await expect(page.locator('details')).toHaveJSProperty('open', false)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByRole('button', { name: /Only people outside my own domain/ }).click()
  await expect(screenHeading(page)).toHaveText('Does your app sign in to the outgoing server?')
  await expect(page.locator('details')).toHaveJSProperty('open', true)
})
