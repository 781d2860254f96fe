// Known bad: cycle-a.ts and cycle-b.ts import each other.
import { a } from './cycle-a.ts'

export const b = (): number => a() - 1
