// Known bad: one feature → another feature.
import { evidenceText } from '../../decoder/evidence-excerpts.ts'

export const excerpt = evidenceText
