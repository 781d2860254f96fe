import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

/** embed.js as a portal downloads it: raw and gzip -9, in bytes. */
export function embedSize(file = 'dist/embed.js'): { raw: number; gzip: number } {
  const body = readFileSync(file)
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length }
}
