// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { MouseEvent } from 'react'
import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { createMemoryRouter, Link, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { replay } from '@/engine/walk.ts'
import { useWalkAhead } from '@/features/wizard/use-walk-ahead.ts'
import { BareWalkScreen } from '@/testing/bare-walk-screen.tsx'
import { forgetPaints, paint } from '@/testing/paint-queue.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { WalkRoute } from './walk-route.tsx'

vi.mock('@/ui/after-next-paint.ts', () => import('@/testing/paint-queue.ts'))

let mounts = 0
/** Called on each render of the wizard's screen. */
const rendered = vi.fn()

/** A bare wizard in place of the real one: the node as the heading, a button per answer. */
function BareWalk({ enteredAt }: { enteredAt?: string | undefined }) {
  const { start, answers } = walkInUrl()
  const result = replay<NodeId>(tree, enteredAt ?? start, enteredAt === undefined ? answers : [])
  if (!result.ok) throw new Error('the test walk does not replay')
  const { walk, onChoose } = useWalkAhead(result.walk, enteredAt !== undefined)
  rendered()
  useEffect(() => {
    mounts += 1
  }, [])
  return <BareWalkScreen walk={walk} onChoose={onChoose} />
}

let router: ReturnType<typeof createMemoryRouter>
const walkInUrl = () => {
  const [, w, start = '', ...answers] = router.state.location.pathname.split('/')
  return w === 'w' ? { start, answers } : { start: '', answers: [] }
}

/** Whether the wizard's code has arrived (the prefetch on intent loads it). */
let codeLoaded = true
const walkModule = { Component: BareWalk }
let walkModuleReady: Promise<typeof walkModule> | undefined
vi.mock('./walk-route-ready.ts', () => ({
  loadedWalkRoute: () => (codeLoaded ? walkModule : undefined),
  walkRouteReady: () => (walkModuleReady ??= Promise.resolve(walkModule)),
}))
vi.mock('./routes/home.tsx', () => ({
  Component: ({
    onEnter,
    onIntent,
  }: {
    onEnter: (event: MouseEvent, start: string) => void
    onIntent: (start: string) => void
  }) => (
    <Link
      to="/w/eu-start"
      onClick={(event) => {
        onEnter(event, 'eu-start')
      }}
      // As the real entries do once the wizard's code is here (see prefetchWalkOnIntent).
      onPointerEnter={() => {
        onIntent('eu-start')
      }}
    >
      Enter
    </Link>
  ),
}))

function openAt(...entries: string[]) {
  router = createMemoryRouter(
    [
      { index: true, Component: WalkRoute },
      { path: '/w/:start/*', Component: WalkRoute },
    ],
    { initialEntries: entries, initialIndex: entries.length - 1 },
  )
  // As the app's provider (app.tsx, from react-router/dom: imported from there, Vitest would load a
  // second React Router).
  render(
    <RouterProvider
      router={router}
      useTransitions={false}
      flushSync={(update) => {
        flushSync(update)
      }}
    />,
  )
}
const path = () => router.state.location.pathname
const heading = () => screen.queryByRole('heading')?.textContent
const enter = (init: MouseEventInit = {}) =>
  fireEvent.click(screen.getByRole('link', { name: 'Enter' }), init)
const first = replay<NodeId>(tree, 'eu-start', [])
const firstNode = first.ok ? first.walk.current : ''

beforeEach(() => {
  forgetPaints()
  mounts = 0
  rendered.mockClear()
  codeLoaded = true
})
afterEach(cleanup)

describe('WalkRoute: entering the wizard from home', () => {
  it('shows the first question from the click, and the URL follows after its paint, the screen staying as it is', () => {
    openAt('/')
    enter()
    expect(heading()).toBe(firstNode)
    expect(path()).toBe('/')
    paint()
    expect(path()).toBe('/w/eu-start')
    expect(heading()).toBe(firstNode)
    expect(mounts).toBe(1)
  })

  it('keeps home in the history: Back from the first question returns there', async () => {
    openAt('/')
    enter()
    paint()
    await act(() => router.navigate(-1))
    expect(path()).toBe('/')
    expect(screen.getByRole('link', { name: 'Enter' })).toBeTruthy()
  })

  it('records the first question before an answer given ahead of the paint, so Back steps through both', async () => {
    openAt('/')
    enter()
    fireEvent.click(screen.getByRole('button', { name: 'on-send' }))
    paint()
    expect(path()).toBe('/w/eu-start/on-send')
    await act(() => router.navigate(-1))
    expect(path()).toBe('/w/eu-start')
    expect(heading()).toBe(firstNode)
    await act(() => router.navigate(-1))
    expect(path()).toBe('/')
  })

  it('follows Back pressed before the paint, and leaves the first question out of the URL', async () => {
    openAt('/w/eu-start/on-send', '/')
    enter()
    await act(() => router.navigate(-1))
    paint()
    expect(path()).toBe('/w/eu-start/on-send')
    expect(heading()).not.toBe(firstNode)
  })

  it('follows a link taken before the paint, and leaves the first question out of the URL', async () => {
    openAt('/')
    enter()
    await act(() => router.navigate('/w/eu-start/on-send'))
    paint()
    expect(path()).toBe('/w/eu-start/on-send')
  })

  it('leaves a click to the link before the wizard’s code has arrived', async () => {
    codeLoaded = false
    openAt('/')
    // The click, then the wizard's code arriving.
    await act(async () => {
      enter()
      await walkModuleReady
    })
    expect(path()).toBe('/w/eu-start')
    expect((await screen.findByRole('heading')).textContent).toBe(firstNode)
  })

  it('leaves a click with a modifier key (a new tab or window) to the browser', () => {
    openAt('/')
    expect(enter({ ctrlKey: true })).toBe(true) // not prevented
    expect(path()).toBe('/')
    expect(heading()).toBeUndefined()
  })
})

describe('WalkRoute: the first question prepared ahead of the click', () => {
  const showIntent = () =>
    act(async () => {
      fireEvent.pointerEnter(screen.getByRole('link', { name: 'Enter' }))
      await Promise.resolve()
    })
  const hiddenHeading = () => document.querySelector('h1')

  it('renders the first question of an entry the pointer rests on, unseen, with none of its effects run', async () => {
    openAt('/')
    await showIntent()
    expect(hiddenHeading()?.textContent).toBe(firstNode)
    expect(heading()).toBeUndefined() // not seen, and not in the accessibility tree
    expect(mounts).toBe(0)
    paint()
    expect(path()).toBe('/')
  })

  it('shows that screen on the click as it is, without rendering it again, and the URL follows', async () => {
    openAt('/')
    await showIntent()
    const prepared = hiddenHeading()
    const rendersBefore = rendered.mock.calls.length
    enter()
    expect(screen.getByRole('heading')).toBe(prepared)
    expect(rendered).toHaveBeenCalledTimes(rendersBefore)
    expect(mounts).toBe(1)
    paint()
    expect(path()).toBe('/w/eu-start')
    expect(screen.getByRole('heading')).toBe(prepared)
  })

  it('drops the screen once the walk is left for home, and prepares a fresh one on the next intent', async () => {
    openAt('/')
    await showIntent()
    enter()
    paint()
    fireEvent.click(screen.getByRole('button', { name: 'on-send' }))
    paint()
    await act(() => router.navigate('/'))
    expect(hiddenHeading()).toBeNull()
    await showIntent()
    expect(hiddenHeading()?.textContent).toBe(firstNode)
    expect(heading()).toBeUndefined()
  })
})
