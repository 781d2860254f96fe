// Known bad: config → decoder through the `@/` alias (config may import engine and lib only).
import { decode } from '@/decoder/decode.ts'

export const decodeIt = decode
