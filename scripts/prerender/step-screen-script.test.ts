// @vitest-environment happy-dom
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { followWalk } from '../../src/app/prerender/follow-walk.ts'
import type { StepMap } from '../../src/app/prerender/step-map.ts'
import type { FoundScreen } from './step-screen-script.ts'
import { findStepScreen, STEP_SCREEN_EVENT, stepScreenScript } from './step-screen-script.ts'

const STEPS = 'https://help.example/support/relay-doctor/assets/steps/'
const SCRIPT_URL = `${STEPS}walk-6.js`

/** A step map of two questions (the second shown per app) and a step; only some screens are prerendered. */
const STEP_MAP: StepMap = {
  neutralProvider: { name: null, submissionPort: 587 },
  nodes: {
    'q-when': {
      question: true,
      answers: { 'on-send': { next: 'q-app' }, later: { next: 'fix-later' }, port: { next: 'fix-port' } },
    },
    'fix-port': { neutralOnly: true, screens: { '[]': 'port.html' } },
    'q-app': {
      question: true,
      answers: {
        thunderbird: { next: 'q-who', facts: { app: 'thunderbird' } },
        outlook: { next: 'q-who', facts: { app: 'outlook' } },
      },
      screens: { '[]': 'app.html' },
    },
    'q-who': {
      question: true,
      dependsOn: ['app'],
      answers: {
        outside: { next: 'fix-later' },
        'tb-only': { next: 'fix-later', when: [{ fact: 'app', in: ['thunderbird'] }] },
      },
      screens: { '["thunderbird"]': 'who-tb.html', '["outlook"]': 'who-outlook.html' },
    },
    'fix-later': {},
  },
}
const SCREENS: Record<string, string> = {
  'app.html':
    '<div data-step-screen=""><p data-question-number="1">Question 1</p><h1>Which mail app?</h1><button disabled>Thunderbird</button></div>',
  'who-tb.html':
    '<div data-step-screen=""><p data-question-number="2">Question 2</p><h1>Who can you not send to? (Thunderbird)</h1><details data-open-from="(min-width: 48rem)"><summary>Why</summary></details></div>',
  'port.html': '<div data-step-screen=""><h1>Use port 587</h1></div>',
  'who-outlook.html': '<div data-step-screen=""><h1>Who can you not send to? (Outlook)</h1></div>',
}

/** A `fetch` that serves the screens, and `provider` as provider.json when given; `fail` names URLs that answer 404. */
function stepFetch(fail: readonly string[] = [], provider?: string) {
  const requested: string[] = []
  const fetch = (input: string) => {
    requested.push(input)
    const name = input.startsWith(STEPS) ? input.slice(STEPS.length) : ''
    const body = input.endsWith('/provider.json') ? provider : SCREENS[name]
    const ok = body !== undefined && !fail.includes(input)
    return Promise.resolve({
      ok,
      status: ok ? 200 : 404,
      json: () => Promise.resolve(JSON.parse(body ?? 'null')),
      text: () => Promise.resolve(body ?? ''),
    })
  }
  return { fetch, requested }
}

/** Lets the fetches above, and what they lead to, run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Runs the step-screen script at `hash` and returns what it hands over to boot.js. */
async function handedOver(hash: string, fetch: unknown): Promise<FoundScreen | null | undefined> {
  let screen: FoundScreen | null | undefined
  const listener = (event: Event) => {
    screen = (event as CustomEvent<FoundScreen | null>).detail
  }
  document.addEventListener(STEP_SCREEN_EVENT, listener)
  findStepScreen(
    STEP_MAP,
    followWalk,
    { document, location: { hash }, fetch } as unknown as Window,
    SCRIPT_URL,
  )
  await settle()
  document.removeEventListener(STEP_SCREEN_EVENT, listener)
  return screen
}

describe('the step-screen script', () => {
  afterEach(() => {
    document.head.innerHTML = ''
  })

  it('hands over the screen a walk ends on, with its question number', async () => {
    const { fetch, requested } = stepFetch()
    expect(await handedOver('#/w/q-when/on-send', fetch)).toEqual({
      html: SCREENS['app.html'],
      questionNumber: 2,
    })
    expect(requested).toEqual([`${STEPS}app.html`])
  })

  it('picks the screen for the facts the answers recorded (here the mail app)', async () => {
    const { fetch } = stepFetch()
    expect((await handedOver('#/w/q-when/on-send/thunderbird', fetch))?.html).toContain('(Thunderbird)')
    expect((await handedOver('#/w/q-when/on-send/outlook?from=help', fetch))?.html).toContain('(Outlook)')
  })

  it.each([
    ['an unknown start', '#/w/nowhere/on-send'],
    ['an unknown answer', '#/w/q-when/never'],
    ['an answer not offered for the facts so far', '#/w/q-when/on-send/outlook/tb-only'],
    ['a screen that is not prerendered', '#/w/q-when/later'],
  ])('hands over nothing for a walk with %s, and fetches nothing', async (_, hash) => {
    const { fetch, requested } = stepFetch()
    expect(await handedOver(hash, fetch)).toBeNull()
    expect(requested).toEqual([])
  })

  it('hands over nothing when the screen does not arrive', async () => {
    expect(await handedOver('#/w/q-when/on-send', stepFetch([`${STEPS}app.html`]).fetch)).toBeNull()
  })

  it.each([
    ['missing', undefined],
    ['not JSON', '<!doctype html><p>Not found'],
    ['neutral', '{"name": null, "submissionPort": 587, "theme": {"accent": "#123456"}}'],
  ])('hands over a screen with provider values while provider.json is %s', async (_, provider) => {
    expect((await handedOver('#/w/q-when/port', stepFetch([], provider).fetch))?.html).toContain(
      'Use port 587',
    )
  })

  it.each([
    ['a name', '{"name": "Example Mail"}'],
    ['another port', '{"submissionPort": 2525}'],
  ])(
    'hands over nothing for a screen with provider values when provider.json sets %s',
    async (_, provider) => {
      const { fetch, requested } = stepFetch([], provider)
      expect(await handedOver('#/w/q-when/port', fetch)).toBeNull()
      expect(requested.some((url) => url.endsWith('port.html'))).toBe(false)
    },
  )

  it('serializes, with its map, to a self-contained script', async () => {
    const script = stepScreenScript(STEP_MAP)
    Object.defineProperty(document, 'currentScript', { value: { src: SCRIPT_URL }, configurable: true })
    let screen: FoundScreen | null | undefined
    document.addEventListener(
      STEP_SCREEN_EVENT,
      (event) => {
        screen = (event as CustomEvent<FoundScreen | null>).detail
      },
      { once: true },
    )
    const win = { document, location: { hash: '#/w/q-when/on-send' }, fetch: stepFetch().fetch }
    runInNewContext(script, {
      window: win,
      document,
      URL,
      CustomEvent,
      JSON,
      Object,
      Promise,
      String,
      Error,
      decodeURIComponent,
    })
    await settle()
    expect(screen?.questionNumber).toBe(2)
  })
})
