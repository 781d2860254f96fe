import { UNSAFE_createMemoryHistory } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { paintFirst } from './paint-first-history.ts'

/** A memory history wrapped by paintFirst, with the paints in the test's hands. */
function setUp() {
  const inner = UNSAFE_createMemoryHistory({ initialEntries: ['/'] })
  const paints: (() => void)[] = []
  const history = paintFirst(inner, (work) => paints.push(work))
  const paint = () => {
    for (const work of paints.splice(0)) work()
  }
  const entries = () => {
    const seen: string[] = []
    // Walk the inner history's entries from its current index (memory history clamps at the ends).
    const here = inner.index
    inner.go(-here)
    for (let i = 0; ; i++) {
      seen.push(inner.location.pathname)
      if (inner.index === i) inner.go(1)
      if (inner.index === i) break
    }
    inner.go(here - inner.index)
    return seen
  }
  return { inner, history, paint, entries }
}

describe('paintFirst', () => {
  it('writes a new entry only after the next paint', () => {
    const { inner, history, paint, entries } = setUp()
    history.push('/w/eu-start')
    expect(inner.location.pathname).toBe('/')
    paint()
    expect(inner.location.pathname).toBe('/w/eu-start')
    expect(entries()).toEqual(['/', '/w/eu-start'])
  })

  it('writes a pending entry before the next one, a replace or a move, so none is lost or misplaced', () => {
    const { inner, history, paint, entries } = setUp()
    history.push('/a')
    history.push('/b')
    expect(entries()).toEqual(['/', '/a'])
    history.replace('/c')
    expect(entries()).toEqual(['/', '/a', '/c'])
    history.push('/d')
    history.go(-1)
    expect(inner.location.pathname).toBe('/c')
    paint()
    expect(entries()).toEqual(['/', '/a', '/c', '/d'])
    expect(inner.location.pathname).toBe('/c')
  })

  it('drops a pending entry when the browser moves back or forward first', () => {
    const { inner, history, paint, entries } = setUp()
    const listener = vi.fn()
    history.listen(listener)
    history.push('/a')
    paint()
    history.push('/b')
    inner.go(-1) // the browser's Back, which the router hears through listen
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ action: 'POP', delta: -1 }))
    paint()
    expect(inner.location.pathname).toBe('/')
    expect(entries()).toEqual(['/', '/a'])
  })

  it('hands everything else to the history it wraps', () => {
    const { inner, history } = setUp()
    expect(history.location).toBe(inner.location)
    expect(history.action).toBe(inner.action)
    expect(history.createHref({ pathname: '/x' })).toBe(inner.createHref({ pathname: '/x' }))
    expect(history.encodeLocation('/x?y#z')).toEqual(inner.encodeLocation('/x?y#z'))
  })
})
