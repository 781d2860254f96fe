import type { FactCatalog } from '@/engine/facts.ts'

/** Facts the admin branch records, with their labels for handover messages. */
export const ADMIN_FACTS = {} as const satisfies FactCatalog
