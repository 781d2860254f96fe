/**
 * Decode a bounce, error message or log excerpt.
 *   npx tsx scripts/decode.ts FILE          one JSON diagnosis (a whole email is parsed as an email),
 *                                           with every field, `source` (server-log, bounce, …) included
 *   npx tsx scripts/decode.ts < FILE        same, from stdin
 *   npx tsx scripts/decode.ts --jsonl < in.jsonl
 *       each input line {"id": ..., "text": ...} gives one output line
 *       {"id","replyCode","enhancedStatus","permanent","side","reason","node"} (first recipient);
 *       a bad line gives {"id": null, "error": "..."}.
 */
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { decode } from '../src/decoder/decode.ts'
import { decodeEmail } from '../src/decoder/decode-email.ts'
import { looksLikeEmail } from '../src/decoder/parse-email.ts'
import type { Diagnosis } from '../src/decoder/types.ts'

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks)
}

function summary(id: unknown, d: Diagnosis): Record<string, unknown> {
  return {
    id,
    replyCode: d.replyCode,
    enhancedStatus: d.enhancedStatus,
    permanent: d.permanent,
    side: d.side,
    reason: d.reason,
    node: d.node,
  }
}

async function jsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })
  for await (const line of lines) {
    if (line.trim() === '') continue
    let id: unknown = null
    try {
      const parsed: unknown = JSON.parse(line)
      if (typeof parsed !== 'object' || parsed === null) throw new Error('line is not a JSON object')
      const record = parsed as { id?: unknown; text?: unknown }
      id = record.id ?? null
      if (typeof record.text !== 'string') throw new Error('"text" must be a string')
      process.stdout.write(`${JSON.stringify(summary(id, decode(record.text)))}\n`)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      process.stdout.write(`${JSON.stringify({ id, error: message })}\n`)
    }
  }
}

async function single(file: string | undefined): Promise<void> {
  const bytes = file === undefined ? await readStdin() : readFileSync(file)
  const text = bytes.toString('utf8')
  const diagnosis = looksLikeEmail(text)
    ? ((await decodeEmail(new Uint8Array(bytes)))[0] ?? decode(''))
    : decode(text)
  process.stdout.write(`${JSON.stringify(diagnosis, null, 2)}\n`)
}

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('usage: decode [FILE]   |   decode --jsonl < in.jsonl\n')
} else if (args.includes('--jsonl')) {
  await jsonl()
} else {
  await single(args.find((a) => !a.startsWith('-')))
}
