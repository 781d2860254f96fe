import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint } from './after-next-paint.ts'

describe('afterNextPaint', () => {
  let frames: (() => void)[] = []
  beforeEach(() => {
    vi.useFakeTimers()
    frames = []
    vi.stubGlobal('window', {
      setTimeout,
      requestAnimationFrame: (callback: () => void) => frames.push(callback),
    })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('runs the work in a task after the next frame, and only once', () => {
    const work = vi.fn()
    afterNextPaint(work)
    vi.advanceTimersByTime(0)
    expect(work).not.toHaveBeenCalled()
    for (const frame of frames) frame()
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(work).toHaveBeenCalledOnce()
    vi.advanceTimersByTime(1000)
    expect(work).toHaveBeenCalledOnce()
  })

  it('runs the work anyway when no frame comes (a hidden tab)', () => {
    const work = vi.fn()
    afterNextPaint(work)
    vi.advanceTimersByTime(199)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(work).toHaveBeenCalledOnce()
    for (const frame of frames) frame()
    vi.advanceTimersByTime(0)
    expect(work).toHaveBeenCalledOnce()
  })
})
