import { DecodeScreen } from '@/features/decoder/decode-screen.tsx'

/** `#/decode`: paste an error or drop a bounce. The decoder loads only on this route. */
export function Component() {
  return <DecodeScreen />
}
