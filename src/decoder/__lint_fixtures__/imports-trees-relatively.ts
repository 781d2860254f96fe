// Known bad: decoder → trees through a relative path (decoder may import lib only).
import { tree } from '../../trees/tree.ts'

export const shipped = tree
