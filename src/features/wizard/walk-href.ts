import { paths } from '@/config/paths.ts'
import type { Walk } from '@/engine/walk.ts'

/** The URL of a walk: its entry and its answers so far. */
export const walkHref = (walk: Walk<string>) =>
  paths.walk.href(
    walk.start,
    walk.trail.map((step) => step.answer),
  )
