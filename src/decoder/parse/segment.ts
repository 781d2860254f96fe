import type { Found } from '../extract/extract-codes.ts'
import { trailingBlocks } from './segment-trailing.ts'

/** A part of the text about one recipient (or the whole text when it names none). Ranges index the text. */
export interface Block {
  recipient: Found | null
  /** Ranges of the text about this recipient, in order (a recipient can be named in several places). */
  ranges: [number, number][]
}

const ADDR = String.raw`[A-Za-z0-9!#$%&'*+/=?^_{|}~.-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}`
// A line that starts with a recipient: "<a@b>: ...", "  a@b", "a@b: ...", "<a@b>... User unknown",
// "a@b (expanded from ...)", "\"a@b\":", "a@b on <date>" (Exchange 2003), "a@b Invalid Address, ..." (Zoho)
const LEAD = new RegExp(
  String.raw`^[ \t]{0,8}[<"]?(${ADDR})[>"]?(?=[ \t]*(?::|\.\.\.|\(|\r?$)|[ \t]on[ \t]|[ \t]Invalid Address,)`,
  'gm',
)
// Where a transcript or log names the recipient: "RCPT TO:<a@b>", "to=<a@b>", "Final-Recipient: rfc822; a@b"
const NAMED = new RegExp(
  String.raw`(?:RCPT\s+TO:\s*<?|\bto=<|Final-Recipient:\s*rfc822;\s*<?|Original-Recipient:\s*rfc822;\s*<?)(${ADDR})`,
  'gi',
)

/** Bounds the work on pastes that name thousands of addresses. */
const MAX_BLOCKS = 100
const MAX_RANGES = 20

interface Anchor {
  line: number
  address: Found
}

function lineStartOf(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1
}

/**
 * Every match of `re` (one with a group for the address) as an anchor on its line, in text order.
 * Given the other kind's anchors (`between`), a match naming the same address as the one before it,
 * with none of those on the lines from there to its own, is left out: it would only extend that
 * one's block (a paste of thousands of lines that each start with the same recipient would
 * otherwise make thousands of anchors).
 */
function anchorsOf(re: RegExp, text: string, atLineStart: boolean, between?: readonly Anchor[]): Anchor[] {
  const found: Anchor[] = []
  let previous: { value: string; line: number } | null = null
  let b = 0
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex += 1
    const value = m[1]
    if (value === undefined) continue
    // LEAD matches from the start of a line (unless a lone \r ended the line before).
    const line =
      atLineStart && (m.index === 0 || text.charCodeAt(m.index - 1) === 10)
        ? m.index
        : lineStartOf(text, m.index + m[0].lastIndexOf(value))
    if (between !== undefined && previous !== null && previous.value === value && previous.line < line) {
      const sinceLine = previous.line
      while ((between[b]?.line ?? Number.POSITIVE_INFINITY) <= sinceLine) b++
      previous.line = line
      if ((between[b]?.line ?? Number.POSITIVE_INFINITY) > line) continue
    } else previous = { value, line }
    const start = m.index + m[0].lastIndexOf(value)
    found.push({ line, address: { value, start, end: start + value.length } })
  }
  return found
}

/** Both kinds of anchor by line, LEAD first on a shared line; each list is in text order, so they merge. */
function anchors(text: string): Anchor[] {
  // Both kinds name an address, so a text without an @ has none (and a paste of short lines skips
  // trying the line-start pattern on every line).
  if (!text.includes('@')) return []
  const named = anchorsOf(NAMED, text, false)
  const leads = anchorsOf(LEAD, text, true, named)
  if (named.length === 0) return leads
  if (leads.length === 0) return named
  const merged: Anchor[] = []
  let i = 0
  let j = 0
  for (let lead = leads[0], other = named[0]; lead !== undefined || other !== undefined; ) {
    if (other === undefined || (lead !== undefined && lead.line <= other.line)) {
      if (lead !== undefined) merged.push(lead)
      lead = leads[++i]
    } else {
      merged.push(other)
      other = named[++j]
    }
  }
  return merged
}

/** Splits `text` into blocks per recipient, merged by address in order of first appearance. */
export function segment(text: string, start = 0, end = text.length): Block[] {
  const trailing = trailingBlocks(text, start, end)
  if (trailing !== null) return trailing
  const region = text.slice(start, end)
  const list = anchors(region)
  if (list.length === 0) return [{ recipient: null, ranges: [[start, end]] }]
  const byAddress = new Map<string, Block>()
  const blocks: Block[] = []
  let nextIndex = 0
  for (let i = 0; i < list.length; i++) {
    const a = list[i]
    if (a === undefined) continue
    // Several anchors on one line (e.g. "<a@b>... RCPT TO:<a@b>"): the first one speaks for the line.
    if (i > 0 && list[i - 1]?.line === a.line) continue
    if (nextIndex <= i) nextIndex = i + 1
    while (nextIndex < list.length && (list[nextIndex]?.line ?? 0) <= a.line) nextIndex++
    const next = list[nextIndex]
    const from = start + a.line
    const to = next === undefined ? end : start + next.line
    const key = a.address.value.toLowerCase()
    const existing = byAddress.get(key)
    if (existing !== undefined) {
      const lastRange = existing.ranges[existing.ranges.length - 1]
      if (lastRange !== undefined && lastRange[1] >= from) lastRange[1] = Math.max(lastRange[1], to)
      else if (existing.ranges.length < MAX_RANGES) existing.ranges.push([from, to])
      continue
    }
    if (blocks.length >= MAX_BLOCKS) continue
    const block: Block = {
      recipient: { value: a.address.value, start: start + a.address.start, end: start + a.address.end },
      ranges: [[from, to]],
    }
    byAddress.set(key, block)
    blocks.push(block)
  }
  return blocks
}
