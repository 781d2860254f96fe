// Known good: trees may import engine (by alias) and lib (by relative path).
import { en } from '@/engine/text.ts'
import { assertNever } from '../../lib/assert-never.ts'

export const title = en('A title')
export const never = assertNever
