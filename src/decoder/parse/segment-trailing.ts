import type { Block } from './segment.ts'

const ADDR = String.raw`[A-Za-z0-9!#$%&'*+/=?^_{|}~.-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}`
// Old sendmail transcripts end each recipient's part with a summary line: "554 <a@b>... 550 Host unknown".
const SUMMARY = new RegExp(String.raw`^[45]\d\d <(${ADDR})>\.\.\. [^\r\n]*`, 'gm')
const MAX_BLOCKS = 100

/**
 * Blocks for transcripts where the lines about a recipient come before its summary line (the
 * "While talking to …" part, then "554 <a@b>... reason"). Null unless two or more recipients have one.
 */
export function trailingBlocks(text: string, start: number, end: number): Block[] | null {
  const region = text.slice(start, end)
  const found: { value: string; at: number; lineEnd: number }[] = []
  SUMMARY.lastIndex = 0
  for (let m = SUMMARY.exec(region); m !== null && found.length < MAX_BLOCKS; m = SUMMARY.exec(region)) {
    const value = m[1]
    if (value !== undefined) found.push({ value, at: m.index + 5, lineEnd: m.index + m[0].length })
  }
  if (new Set(found.map((f) => f.value.toLowerCase())).size < 2) return null
  const blocks: Block[] = []
  const byAddress = new Map<string, Block>()
  let from = 0
  for (const f of found) {
    const key = f.value.toLowerCase()
    const range: [number, number] = [start + from, start + f.lineEnd]
    const existing = byAddress.get(key)
    if (existing !== undefined) existing.ranges.push(range)
    else {
      const block: Block = {
        recipient: { value: f.value, start: start + f.at, end: start + f.at + f.value.length },
        ranges: [range],
      }
      byAddress.set(key, block)
      blocks.push(block)
    }
    from = f.lineEnd
  }
  return blocks
}
