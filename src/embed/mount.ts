import type { FrameMessage } from '@/lib/embed-protocol.ts'
import { parseFrameMessage, tag } from '@/lib/embed-protocol.ts'

export type MountOptions = {
  /** Where the wizard starts: `end-user` or `admin`; the home screen when left out. */
  readonly entry?: string | null | undefined
  /** A mail app key (for example `thunderbird`) to answer "Which mail app?" with. */
  readonly app?: string | null | undefined
  /** A theme as in provider.json; the frame checks it and ignores what it refuses. */
  readonly theme?: unknown
  /** The frame's accessible name. */
  readonly title?: string | null | undefined
  /** Called with each event from the frame (also dispatched on the element as a `relaydoctor` event). */
  readonly onEvent?: ((event: FrameMessage) => void) | undefined
}

export type Embedded = {
  /** Back to where the frame started, forgetting what the user entered. */
  restart(): void
  /** Opens the wizard at an entry. */
  start(entry: string): void
  setTheme(theme: unknown): void
  /** Removes the frame and stops listening. */
  destroy(): void
}

const DEFAULT_TITLE = 'Relay Doctor: fix “Relay access denied”'
/** Until the frame reports its content height: about one question screen, so the page barely moves. */
const FIRST_HEIGHT = '640px'

/** The frame's address: the app next to embed.js, opened at the entry (a route the app resolves). */
export function frameUrl(appBase: URL, entry?: string | null, app?: string | null): URL {
  const url = new URL(appBase)
  const query = app ? `?app=${encodeURIComponent(app)}` : ''
  url.hash = entry ? `/start/${encodeURIComponent(entry)}${query}` : '/'
  return url
}

/** Puts Relay Doctor in `element` as a sandboxed, self-sizing frame, and wires the message protocol. */
export function mountFrame(element: Element, appBase: URL, options: MountOptions = {}): Embedded {
  const origin = appBase.origin
  const frame = document.createElement('iframe')
  frame.title = options.title ?? DEFAULT_TITLE
  // The least the app needs: its scripts (allow-scripts) on its own origin, so it can read
  // provider.json and keep a walk in session storage (allow-same-origin); the paste and message forms
  // (allow-forms: their submit event never fires without it; the app's CSP form-action 'none' still
  // stops any real submission); mailto: and the support site open outside the frame (allow-popups,
  // allow-popups-to-escape-sandbox, so the opened page is not sandboxed too); Print (allow-modals).
  // No allow-top-navigation: the frame can never navigate the host page.
  frame.setAttribute(
    'sandbox',
    'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals',
  )
  // Copy buttons write to the clipboard; nothing else is delegated.
  frame.setAttribute('allow', 'clipboard-write')
  // The frame learns the host's origin (not its path) to check it against provider.json's embedOrigins.
  frame.referrerPolicy = 'origin'
  frame.src = frameUrl(appBase, options.entry, options.app).href
  // CSSOM, not a style attribute: allowed under the host's style-src 'self'.
  Object.assign(frame.style, { display: 'block', width: '100%', border: '0', height: FIRST_HEIGHT })

  let ready = false
  const queued: Parameters<typeof tag>[0][] = []
  const send = (command: Parameters<typeof tag>[0]) => {
    if (!ready) queued.push(command)
    else frame.contentWindow?.postMessage(tag(command), origin)
  }
  if (options.theme !== undefined) send({ type: 'theme', theme: options.theme })

  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || event.origin !== origin) return
    const message = parseFrameMessage(event.data)
    if (!message) return
    if (message.type === 'resize') frame.style.height = `${String(message.height)}px`
    if (message.type === 'ready') {
      ready = true
      for (const command of queued.splice(0)) send(command)
    }
    options.onEvent?.(message)
    element.dispatchEvent(new CustomEvent('relaydoctor', { detail: message, bubbles: true }))
  }
  window.addEventListener('message', onMessage)
  element.replaceChildren(frame)

  return {
    restart: () => {
      send({ type: 'restart' })
    },
    start: (entry) => {
      send({ type: 'start', entry })
    },
    setTheme: (theme) => {
      send({ type: 'theme', theme })
    },
    destroy: () => {
      window.removeEventListener('message', onMessage)
      frame.remove()
    },
  }
}
