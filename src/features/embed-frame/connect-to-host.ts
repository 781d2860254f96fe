import type { DataRouter } from 'react-router'
import { echo } from '@/config/describe-provider-problems.ts'
import { describeThemeProblem } from '@/config/describe-theme-problem.ts'
import { paths } from '@/config/paths.ts'
import type { FrameEvent, HostCommand } from '@/lib/embed-protocol.ts'
import { parseHostMessage, tag } from '@/lib/embed-protocol.ts'
import { parseTheme } from '@/lib/theme.ts'
import { clearEntered } from '@/store/clear-entered.ts'
import { providerStore } from '@/store/provider-store.ts'
import { ENTRIES } from '@/trees/entries.ts'
import { applyTheme } from '@/ui/apply-theme.ts'
import { parentOrigin } from './parent-origin.ts'
import { screenEvents } from './screen-events.ts'

const PREFIX = 'Relay Doctor (embedded)'

type Options = {
  readonly router: DataRouter
  /** Settles once provider.json has been read (or given up on). */
  readonly configReady: () => Promise<unknown>
  /** The route the frame opened at, where `restart` goes back to. */
  readonly firstPath: string
}

/**
 * True while a stand-in fills the main region instead of a screen: the boot placeholder of a deep
 * link, a route's loading placeholder, or nothing. Their height is not the screen's (the placeholder
 * is as tall as the frame's viewport), so the frame keeps its size until the screen arrives and then
 * moves once, straight to it.
 */
function showsNoScreen(): boolean {
  const main = document.getElementById('main')
  if (main === null) return false
  return (
    main.childElementCount === 0 ||
    document.documentElement.dataset.boot !== undefined ||
    main.querySelector('.screen-placeholder') !== null
  )
}

/**
 * The app's side of the embed protocol. It speaks only to a parent whose origin provider.json lists
 * in `embedOrigins`, posts only to that origin, and takes commands only from that window and origin.
 * `ready` and `resize` always go (the frame needs them to fit); steps, outcomes and errors only when
 * the provider has turned `embedEvents` on.
 */
export async function connectToHost({ router, configReady, firstPath }: Options): Promise<void> {
  await configReady()
  const { embedOrigins, embedEvents, theme: providerTheme } = providerStore.getState().config
  const origin = parentOrigin()
  if (origin === null || !embedOrigins.includes(origin)) {
    console.warn(
      `${PREFIX}: the page framing Relay Doctor (${origin === null ? 'origin unknown' : echo(origin)}) is not listed in provider.json's "embedOrigins", so the frame does not talk to it.`,
    )
    return
  }
  const post = (event: FrameEvent) => {
    window.parent.postMessage(tag(event), origin)
  }
  const postHostEvent = embedEvents ? post : () => undefined

  document.documentElement.dataset.embedded = ''
  post({ type: 'ready' })

  let lastHeight = -1
  const root = document.documentElement
  new ResizeObserver(() => {
    if (showsNoScreen()) return
    const height = Math.ceil(root.getBoundingClientRect().height)
    if (height === lastHeight) return
    lastHeight = height
    post({ type: 'resize', height })
  }).observe(root)

  let lastPath: string | null = null
  const reportScreen = () => {
    const { location, navigation } = router.state
    if (navigation.state !== 'idle' || location.pathname === lastPath) return
    lastPath = location.pathname
    for (const event of screenEvents(location.pathname)) postHostEvent(event)
  }
  router.subscribe(reportScreen)
  reportScreen()

  const run = (command: HostCommand) => {
    switch (command.type) {
      case 'restart':
        clearEntered()
        void router.navigate(firstPath)
        return
      case 'start':
        if (Object.hasOwn(ENTRIES, command.entry)) void router.navigate(paths.start.href(command.entry))
        else postHostEvent({ type: 'error', code: 'bad-entry' })
        return
      case 'theme': {
        const { theme, problems } = parseTheme(command.theme)
        applyTheme(document.documentElement, { ...providerTheme, ...theme })
        if (problems.length === 0) return
        console.warn(
          [
            `${PREFIX}: parts of the host's theme were ignored:`,
            ...problems.map(
              (p) => `  - ${describeThemeProblem(p, (v) => (typeof v === 'string' ? echo(v) : String(v)))}`,
            ),
          ].join('\n'),
        )
        postHostEvent({ type: 'error', code: 'bad-theme' })
      }
    }
  }
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.origin !== origin) return
    const command = parseHostMessage(event.data)
    if (command) run(command)
  })
}
