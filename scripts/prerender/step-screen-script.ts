import { followWalk } from '../../src/app/prerender/follow-walk.ts'
import type { StepMap } from '../../src/app/prerender/step-map.ts'

/** The event the step-screen script answers boot.js with: the screen to show, or null for none. */
export const STEP_SCREEN_EVENT = 'relay-doctor:step-screen'

/** A walk's prerendered screen, ready for boot.js to show. */
export type FoundScreen = { readonly html: string; readonly questionNumber: number }

/**
 * Runs in the browser on a walk link only (boot.js adds it, so home never downloads it): follows the
 * URL's walk through the step map to its prerendered screen, fetches it (with provider.json first, for
 * a screen with provider values, which holds only while the file sets none of them, is missing or is
 * not JSON), and hands it to boot.js in a `relay-doctor:step-screen` event; null when there is none.
 * Serialized by `stepScreenScript` with the map inside, so it must stay self-contained.
 */
export function findStepScreen(
  map: StepMap,
  follow: typeof followWalk,
  win: Window,
  scriptUrl: string,
): void {
  const doc = win.document
  const send = (screen: FoundScreen | null) => {
    doc.dispatchEvent(new CustomEvent('relay-doctor:step-screen', { detail: screen }))
  }
  const decoded = (part: string) => {
    try {
      return decodeURIComponent(part)
    } catch {
      return part
    }
  }
  const read = (response: Response) => {
    if (!response.ok) throw new Error(String(response.status))
    return response
  }
  const providerNeutral = () =>
    win
      .fetch(new URL('provider.json', doc.baseURI).href)
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null)
      .then((provider: unknown) => {
        if (provider === null || typeof provider !== 'object' || Array.isArray(provider)) return true
        const set = provider as Record<string, unknown>
        return Object.entries(map.neutralProvider).every(
          ([key, neutral]) => set[key] === undefined || set[key] === neutral,
        )
      })
  const [, , start = '', ...answers] = (win.location.hash.replace(/^#/, '').split(/[?#]/)[0] ?? '').split('/')
  const found = follow(map, decoded(start), answers.filter((part) => part !== '').map(decoded))
  if (!found) {
    send(null)
    return
  }
  void (found.neutralOnly ? providerNeutral() : Promise.resolve(true))
    .then(async (holds) => {
      if (!holds) return null
      const response = await win.fetch(new URL(found.screen, scriptUrl).href)
      return { html: await read(response).text(), questionNumber: found.questionNumber }
    })
    .catch(() => null)
    .then(send)
}

/** The step-screen script's text, with the build's step map in it. */
export const stepScreenScript = (map: StepMap): string =>
  `(${findStepScreen.toString()})(${JSON.stringify(map)}, ${followWalk.toString()}, window, document.currentScript.src);\n`
