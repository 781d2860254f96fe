// Known bad: ui → config (ui is presentational and may import lib only).
import { formatMessage } from '@/config/messages.ts'

export const messages = formatMessage
