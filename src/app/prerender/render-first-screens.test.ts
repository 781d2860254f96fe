import { describe, expect, it } from 'vitest'
import { startAt } from '@/engine/walk.ts'
import { ENTRIES } from '@/trees/entries.ts'
import { stepCodec } from '@/trees/step-codec.ts'
import { renderFirstScreens } from './render-first-screens.tsx'

describe('renderFirstScreens', () => {
  const screens = renderFirstScreens()

  it('renders one screen for each entry', () => {
    expect(Object.keys(screens).sort()).toEqual(Object.values(ENTRIES).sort())
  })

  it('renders the whole first screen, with the parts a prerendered step screen leaves out', () => {
    const html = screens[ENTRIES['end-user']] ?? ''
    expect(html).toContain('When do you see the error?')
    expect(html).toContain('Question 1')
    // The step code in its monospace face, and the way on.
    const code = stepCodec.encode(startAt(ENTRIES['end-user']))
    expect(html).toMatch(new RegExp(`<code class="font-mono[^"]*">${code}</code>`))
    expect(html).toContain('Paste the error message instead')
  })
})
