import { paths } from '@/config/paths.ts'
import type { Walk } from '@/engine/walk.ts'

/** The agent view's address for a walk: `#/agent/w/<start>/<answers…>`, like the wizard's. */
export const agentHref = (walk: Walk<string>) =>
  paths.agent.href(
    walk.start,
    walk.trail.map((step) => step.answer),
  )

/** The full link a caller opens to land on the step a code names (the `#/c/CODE` route). */
export const callerLink = (code: string, location: { origin: string; pathname: string }) =>
  `${location.origin}${location.pathname}#${paths.code.href(code)}`
