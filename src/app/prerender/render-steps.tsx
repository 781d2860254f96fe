import { renderToString } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import type { ProviderConfig } from '@/config/provider.ts'
import { DEFAULT_PROVIDER } from '@/config/provider.ts'
import { providerFacts } from '@/config/provider-values.ts'
import type { Facts } from '@/engine/types.ts'
import type { Walk } from '@/engine/walk.ts'
import { NodeView } from '@/features/wizard/node-view.tsx'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import type { StepMap } from './step-map.ts'
import { stepMap, stepVariants } from './step-variants.ts'

export const PROVIDER_FACTS: ReadonlySet<string> = new Set(Object.keys(providerFacts(DEFAULT_PROVIDER)))

/** provider.json's settings that never change what a walk screen shows; every other one may. */
const NOT_ON_SCREEN = new Set<string>([
  'theme',
  'embedOrigins',
  'embedEvents',
] satisfies (keyof ProviderConfig)[])

/** The neutral value of every setting that may change a screen (all but those known not to). */
export const NEUTRAL_PROVIDER = Object.fromEntries(
  Object.entries(DEFAULT_PROVIDER).filter(([key]) => !NOT_ON_SCREEN.has(key)),
) as StepMap['neutralProvider']

/** A prerendered screen's answers stay disabled until the app takes the screen over. */
const answerNothing = () => undefined

/**
 * A walk's screen as the wizard renders it (the same wrapper as WalkScreen), without the parts that
 * belong to one walk only: the message to the provider, the way back, the trail and the step code.
 * Provider values are the neutral ones (the app's when provider.json sets none).
 */
export function renderStepScreen(walk: Walk<NodeId>, facts: Facts): string {
  return renderToString(
    <MemoryRouter>
      <div className="space-y-8" data-step-screen="">
        <NodeView
          walk={walk}
          facts={{ ...providerFacts(DEFAULT_PROVIDER), ...facts }}
          onChoose={answerNothing}
          withMessage={false}
        />
      </div>
    </MemoryRouter>,
  )
}

/** Every screen a walk link can open on, rendered, with the map boot.js follows to them; `nameOf` names a screen's file. */
export function renderStepScreens(nameOf: (html: string) => string): {
  map: StepMap
  files: Record<string, string>
} {
  const files: Record<string, string> = {}
  const variants = stepVariants(tree)
  const map = stepMap(
    tree,
    variants,
    (variant) => {
      const html = renderStepScreen(variant.walk, variant.facts)
      const name = nameOf(html)
      files[name] = html
      return name
    },
    { facts: PROVIDER_FACTS, neutral: NEUTRAL_PROVIDER },
  )
  return { map, files }
}
