// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { flushSync } from 'react-dom'
import { createMemoryRouter, RouterProvider, useParams } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { answersFromSplat } from '@/config/paths.ts'
import { replay } from '@/engine/walk.ts'
import { BareWalkScreen } from '@/testing/bare-walk-screen.tsx'
import { forgetPaints, paint } from '@/testing/paint-queue.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { useWalkAhead } from './use-walk-ahead.ts'

vi.mock('@/ui/after-next-paint.ts', () => import('@/testing/paint-queue.ts'))

/** A bare walk screen: the node shown as the heading, one button per answer key. */
function Walk() {
  const params = useParams()
  const result = replay<NodeId>(tree, params.start ?? '', answersFromSplat(params['*']))
  if (!result.ok)
    throw new Error(`the test walk does not replay: ${JSON.stringify(params)} ${JSON.stringify(result)}`)
  const { walk, onChoose } = useWalkAhead(result.walk)
  return <BareWalkScreen walk={walk} onChoose={onChoose} />
}

const nodeAfter = (answers: string[]) => {
  const result = replay<NodeId>(tree, 'eu-start', answers)
  if (!result.ok) throw new Error(`no walk eu-start/${answers.join('/')}`)
  return result.walk.current
}

function openAt(...entries: string[]) {
  const router = createMemoryRouter([{ path: '/w/:start/*', Component: Walk }], {
    initialEntries: entries,
  })
  // As react-router/dom's provider does (imported from there, Vitest would load a second React Router).
  render(
    <RouterProvider
      router={router}
      flushSync={(update) => {
        flushSync(update)
      }}
    />,
  )
  return router
}
const path = (router: ReturnType<typeof openAt>) => router.state.location.pathname
const answer = (key: string) => {
  fireEvent.click(screen.getByRole('button', { name: key }))
}
const heading = () => screen.getByRole('heading').textContent

beforeEach(() => {
  forgetPaints()
})
afterEach(cleanup)

describe('useWalkAhead', () => {
  it('shows the next screen at once and writes it into the URL after the paint', () => {
    const router = openAt('/w/eu-start')
    answer('on-send')
    expect(heading()).toBe(nodeAfter(['on-send']))
    expect(path(router)).toBe('/w/eu-start')
    paint()
    expect(path(router)).toBe('/w/eu-start/on-send')
    expect(heading()).toBe(nodeAfter(['on-send']))
    answer('thunderbird')
    paint()
    expect(path(router)).toBe('/w/eu-start/on-send/thunderbird')
    expect(heading()).toBe(nodeAfter(['on-send', 'thunderbird']))
  })

  it('records both of two answers given before a paint, so Back steps through each', async () => {
    const router = openAt('/w/eu-start')
    answer('on-send')
    answer('thunderbird')
    expect(heading()).toBe(nodeAfter(['on-send', 'thunderbird']))
    expect(path(router)).toBe('/w/eu-start/on-send')
    paint()
    expect(path(router)).toBe('/w/eu-start/on-send/thunderbird')
    await act(() => router.navigate(-1))
    expect(path(router)).toBe('/w/eu-start/on-send')
    expect(heading()).toBe(nodeAfter(['on-send']))
  })

  it('follows Back pressed before the paint, and leaves the answer out of the URL', async () => {
    const router = openAt('/w/eu-start', '/w/eu-start/on-send')
    answer('thunderbird')
    await act(() => router.navigate(-1))
    expect(heading()).toBe(nodeAfter([]))
    paint()
    expect(path(router)).toBe('/w/eu-start')
    expect(heading()).toBe(nodeAfter([]))
    // The walk it was answered from is not shown ahead again on the way forward.
    await act(() => router.navigate(1))
    expect(heading()).toBe(nodeAfter(['on-send']))
  })

  it('records nothing once the screen is gone', () => {
    const router = openAt('/w/eu-start')
    answer('on-send')
    cleanup()
    paint()
    expect(path(router)).toBe('/w/eu-start')
  })
})
