import type { Browser, Locator, Page } from '@playwright/test'

/** One answer's timings, in milliseconds. */
export type AnswerTiming = {
  /** From the click event to the frame that shows the next screen's heading. */
  clickToHeading: number
  /** The Event Timing API's duration of the click (input delay + handlers + the next paint); 0 if under 16 ms. */
  eventDuration: number
}

/** Watches the page for Event Timing entries (clicks of 16 ms or more). */
async function observeEvents(page: Page) {
  await page.evaluate(() => {
    const seen: { start: number; duration: number }[] = []
    Object.assign(window, { benchEvents: seen })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'click') seen.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
  })
}

/**
 * Clicks `target` and times it. The click's own Event Timing entry ends at the first paint after its
 * handlers, which is before a lazily loaded screen arrives, so the time to the next heading is taken
 * separately: a MutationObserver sees the visible h1 change (a screen rendered ahead, hidden, has its
 * own), and a user-blocking task posted from the next animation frame runs as soon as that frame is
 * painted.
 */
async function timeClick(page: Page, target: Locator): Promise<AnswerTiming> {
  await target.scrollIntoViewIfNeeded()
  const box = await target.boundingBox()
  if (box === null) throw new Error('the answer to click is not on screen')
  // The watch is in place before the click is sent (a click sent alongside could arrive first).
  await page.evaluate(() => {
    const seen = new Promise<{ clickAt: number; headingAt: number }>((resolve, reject) => {
      setTimeout(() => {
        reject(new Error('the click did not lead to a new heading within 10 s'))
      }, 10_000)
      const before =
        Array.from(document.querySelectorAll('h1')).find((h1) => h1.checkVisibility())?.textContent ?? ''
      let clickAt = Number.NaN
      document.addEventListener(
        'click',
        (event) => {
          clickAt = event.timeStamp
        },
        { capture: true, once: true },
      )
      const observer = new MutationObserver(() => {
        const now =
          Array.from(document.querySelectorAll('h1')).find((h1) => h1.checkVisibility())?.textContent ?? ''
        if (Number.isNaN(clickAt) || now === before) return
        observer.disconnect()
        requestAnimationFrame(() => {
          // A task of the highest priority runs as soon as that frame is done: a plain timeout would
          // wait behind every task queued before it, such as the render the app defers past the paint.
          // (No named functions in here: the bench's compiler would wrap them in a helper the page lacks.)
          const scheduler = (
            window as { scheduler?: { postTask?: (task: () => void, options: object) => unknown } }
          ).scheduler
          if (typeof scheduler?.postTask === 'function')
            scheduler.postTask(
              () => {
                resolve({ clickAt, headingAt: performance.now() })
              },
              { priority: 'user-blocking' },
            )
          else
            setTimeout(() => {
              resolve({ clickAt, headingAt: performance.now() })
            })
        })
      })
      observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    })
    Object.assign(window, { benchHeading: seen })
  })
  // A plain mouse click at the target's centre: Playwright's own click checks its target from
  // listeners inside the page during the click, which would be timed as if it were the app's work.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  const { clickAt, headingAt } = await page.evaluate(
    () =>
      (window as unknown as { benchHeading: Promise<{ clickAt: number; headingAt: number }> }).benchHeading,
  )
  // Event Timing entries are delivered after the paint; give the observer a moment.
  await page.waitForTimeout(100)
  const events = await page.evaluate(
    () => (window as unknown as { benchEvents: { start: number; duration: number }[] }).benchEvents,
  )
  const entry = events.find((event) => Math.abs(event.start - clickAt) < 1)
  return { clickToHeading: headingAt - clickAt, eventDuration: entry?.duration ?? 0 }
}

/** How a wizard is answered: where it starts, the first click (leaving home), a later one (a question's answer). */
export type AnswerScript = {
  url: string
  first: (page: Page) => Locator
  later: (page: Page) => Locator
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

/**
 * At 4× CPU slowdown: the first answer (from home into the wizard, after the pointer has rested on
 * the link for 250 ms, as it does before a click) and a later one, each the median of `runs` fresh loads.
 */
export async function answerLatency(browser: Browser, script: AnswerScript, runs = 11) {
  const first: AnswerTiming[] = []
  const later: AnswerTiming[] = []
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(script.url, { waitUntil: 'networkidle' })
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await observeEvents(page)
    await script.first(page).hover()
    await page.waitForTimeout(250)
    first.push(await timeClick(page, script.first(page)))
    await page.waitForLoadState('networkidle')
    later.push(await timeClick(page, script.later(page)))
    await page.close()
  }
  const summary = (timings: AnswerTiming[]) => ({
    clickToHeading: median(timings.map((t) => t.clickToHeading)),
    fastest: Math.min(...timings.map((t) => t.clickToHeading)),
    slowest: Math.max(...timings.map((t) => t.clickToHeading)),
    eventDuration: median(timings.map((t) => t.eventDuration)),
  })
  return { first: summary(first), later: summary(later) }
}
