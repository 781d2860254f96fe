// Known bad: engine → store through a relative path (engine may import lib only).
import { MAX_PASTE } from '../../store/paste-store.ts'

export const limit = MAX_PASTE
