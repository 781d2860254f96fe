// Known bad: one feature → another feature, through the `@/` alias.
import { useText } from '@/features/wizard/use-text.ts'

export const text = useText
