// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { layOutUnseen } from './lay-out-unseen.ts'

const SCREEN =
  '<div class="space-y-8"><h1 id="screen-heading" tabindex="-1">When do you see the error?</h1><button type="button" id="copy">Copy</button><code class="font-mono">JS60-000N</code></div>'

describe('layOutUnseen', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    document.body.replaceChildren()
  })

  it('lays the screen out hidden from sight, reach and assistive technology, without its ids', () => {
    const layout = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect())
    layOutUnseen(document, SCREEN)
    expect(layout).toHaveBeenCalledTimes(1)
    const atLayout = layout.mock.contexts[0] as HTMLElement | undefined
    expect(atLayout?.isConnected).toBe(false)
    expect(atLayout?.getAttribute('aria-hidden')).toBe('true')
    expect(atLayout?.inert).toBe(true)
    expect(atLayout?.className.split(' ')).toEqual(expect.arrayContaining(['invisible', 'absolute', 'h-0']))
    expect(atLayout?.textContent).toContain('When do you see the error?')
    expect(atLayout?.querySelector('code')?.textContent).toBe('JS60-000N')
    expect(atLayout?.querySelectorAll('[id]')).toHaveLength(0)
  })

  it('was in the page when it was laid out, and leaves nothing behind', () => {
    const page = '<main id="main"><h1 id="screen-heading">Relay Doctor</h1></main>'
    document.body.innerHTML = page
    let inPage = false
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      inPage = document.body.contains(this)
      return new DOMRect()
    })
    layOutUnseen(document, SCREEN)
    expect(inPage).toBe(true)
    expect(document.body.innerHTML).toBe(page)
    expect(document.querySelectorAll('#screen-heading')).toHaveLength(1)
  })
})
