import { renderToString } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { startAt } from '@/engine/walk.ts'
import { WalkScreen } from '@/features/wizard/walk-screen.tsx'
import { ENTRIES } from '@/trees/entries.ts'

/**
 * Each entry's first screen whole, as the wizard shows it (with the way on, the step code and its
 * link), by start: what the home lays out unseen when the user shows intent (see
 * warm-up-first-screen.ts).
 */
export function renderFirstScreens(): Record<string, string> {
  const screens: Record<string, string> = {}
  for (const start of Object.values(ENTRIES))
    screens[start] = renderToString(
      <MemoryRouter>
        <WalkScreen walk={startAt(start)} />
      </MemoryRouter>,
    )
  return screens
}
