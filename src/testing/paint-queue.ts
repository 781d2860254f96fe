import { act } from '@testing-library/react'

/**
 * A stand-in for `@/ui/after-next-paint.ts` in tests (`vi.mock(…, () => import(this file))`): work
 * waiting for the next paint is queued, and runs when the test calls `paint`.
 */
const waiting: (() => void)[] = []

export function afterNextPaint(work: () => void): void {
  waiting.push(work)
}

/** The browser paints: what was waiting for it runs. */
export function paint(): void {
  act(() => {
    for (const work of waiting.splice(0)) work()
  })
}

/** Forgets what is waiting, between tests. */
export function forgetPaints(): void {
  waiting.length = 0
}
