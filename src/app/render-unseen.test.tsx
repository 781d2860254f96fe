// @vitest-environment happy-dom
import { useEffect, useLayoutEffect } from 'react'
import { Link, useLocation } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { renderUnseen } from './render-unseen.tsx'

const renderedAt = vi.fn<(pathname: string) => void>()
const effects = vi.fn<(kind: string) => void>()

function Screen() {
  const location = useLocation()
  renderedAt(location.pathname)
  useEffect(() => {
    effects('effect')
  })
  useLayoutEffect(() => {
    effects('layout effect')
  })
  return <Link to="/w/eu-start/x">Next</Link>
}

describe('renderUnseen', () => {
  it('runs the screen’s code at its location, never its effects, and leaves nothing in the page', async () => {
    const body = document.body.innerHTML
    await renderUnseen(<Screen />, '/w/eu-start')
    expect(renderedAt).toHaveBeenCalledWith('/w/eu-start')
    expect(effects).not.toHaveBeenCalled()
    expect(document.body.innerHTML).toBe(body)
  })
})
