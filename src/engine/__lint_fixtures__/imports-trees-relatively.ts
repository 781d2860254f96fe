// Known bad: engine → trees through a relative path (engine may import lib only).
import { tree } from '../../trees/tree.ts'

export const shipped = tree
