// Known bad: ui → config (ui is presentational and may import lib only).
import { MESSAGES } from '@/config/messages.ts'

export const messages = MESSAGES
