// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FIRST_SCREENS_META } from './prerender/first-screens.ts'
import { firstScreenUrl, warmUpFirstScreen } from './warm-up-first-screen.ts'

const listing = (content: string) => {
  const meta = document.createElement('meta')
  meta.name = FIRST_SCREENS_META
  meta.content = content
  document.head.replaceChildren(meta)
}

describe('firstScreenUrl', () => {
  afterEach(() => {
    document.head.replaceChildren()
  })

  it('resolves the listed file against the page', () => {
    listing(JSON.stringify({ 'eu-start': './assets/steps/first-a.html' }))
    expect(firstScreenUrl(document, 'eu-start')).toBe(
      new URL('./assets/steps/first-a.html', document.baseURI).href,
    )
  })

  it.each([
    ['no listing', null, 'eu-start'],
    ['a listing that is not JSON', '{eu-start', 'eu-start'],
    ['a listing that is not an object', '["./a.html"]', 'eu-start'],
    ['a start it does not list', JSON.stringify({ 'ad-start': './a.html' }), 'eu-start'],
    ['a name every object inherits', JSON.stringify({}), 'toString'],
    ['a file that is not a string', JSON.stringify({ 'eu-start': 7 }), 'eu-start'],
  ])('is null for %s', (_case, content, start) => {
    if (content !== null) listing(content)
    expect(firstScreenUrl(document, start)).toBeNull()
  })
})

describe('warmUpFirstScreen', () => {
  const idle: (() => void)[] = []
  beforeEach(() => {
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work))
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    idle.length = 0
    document.head.replaceChildren()
  })

  it('fetches the listed screen and lays it out once the browser is idle', async () => {
    listing(JSON.stringify({ 'eu-start': './assets/steps/first-a.html' }))
    const fetched = vi.fn(() => Promise.resolve(new Response('<h1>When do you see the error?</h1>')))
    vi.stubGlobal('fetch', fetched)
    const laidOut: string[] = []
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      laidOut.push(this.textContent)
      return new DOMRect()
    })
    await warmUpFirstScreen(document, 'eu-start')
    expect(fetched).toHaveBeenCalledWith(new URL('./assets/steps/first-a.html', document.baseURI).href)
    expect(laidOut).toEqual([])
    for (const work of idle) work()
    expect(laidOut).toEqual(['When do you see the error?'])
  })

  it.each([
    ['the file is missing', () => Promise.resolve(new Response('gone', { status: 404 }))],
    ['the network fails', () => Promise.reject(new TypeError('offline'))],
  ])('does nothing when %s', async (_case, respond) => {
    listing(JSON.stringify({ 'eu-start': './assets/steps/first-a.html' }))
    vi.stubGlobal('fetch', vi.fn(respond))
    await expect(warmUpFirstScreen(document, 'eu-start')).resolves.toBeUndefined()
    expect(idle).toEqual([])
  })

  it('fetches nothing without a listed screen', async () => {
    const fetched = vi.fn()
    vi.stubGlobal('fetch', fetched)
    await warmUpFirstScreen(document, 'eu-start')
    expect(fetched).not.toHaveBeenCalled()
  })
})
