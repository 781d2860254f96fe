import type { FactCatalog } from '@/engine/facts.ts'
import { ADMIN_FACTS } from './admin-facts.ts'
import { END_USER_FACTS } from './end-user-facts.ts'

/** Labels for every fact the tree records; messages list facts in this order. */
export const FACTS = { ...END_USER_FACTS, ...ADMIN_FACTS } satisfies FactCatalog
