/**
 * Decode a bounce, error message or log excerpt from the command line (`npm run -s decode -- …`).
 * Run with --help for the usage. Exit status: 0 done, 1 some JSONL lines failed, 2 bad usage or input.
 */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { decode } from '../src/decoder/decode.ts'
import { decodeEmail } from '../src/decoder/decode-email.ts'
import { flat } from '../src/decoder/flat.ts'
import { looksLikeEmail } from '../src/decoder/parse/parse-email.ts'
import type { Diagnosis } from '../src/decoder/types.ts'

const USAGE = `usage: decode [FILE]           one JSON diagnosis of FILE, or of stdin without FILE
                               (a whole email is parsed as an email; every field, \`source\` included)
       decode --jsonl [FILE]   one output line per input line {"id": …, "text": "…"} of FILE or stdin:
                               {"id","replyCode","enhancedStatus","permanent","side","reason","node"}
                               (first recipient), or {"line", "id", "error"} for a line that failed
       decode --help           this text
exit status: 0 done, 1 some JSONL lines failed, 2 bad usage or unreadable input
`

/** A problem the user can fix; printed as one line, without a stack trace. */
class InputError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
}

/** Opens FILE for reading, turning the usual failures into one clear sentence. */
function openInput(file: string): number {
  let fd: number | undefined
  try {
    fd = openSync(file, 'r')
    if (fstatSync(fd).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' })
    return fd
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    const code = (error as NodeJS.ErrnoException).code ?? ''
    throw new InputError(`cannot read ${file}: ${REASONS[code] ?? code}`)
  }
}

function readWhole(fd: number): Buffer {
  try {
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks)
}

function summary(id: unknown, diagnosis: Diagnosis): Record<string, unknown> {
  const d = flat(diagnosis)
  return {
    id,
    replyCode: d.replyCode,
    enhancedStatus: d.enhancedStatus,
    permanent: d.permanent,
    side: d.side,
    direction: d.direction,
    reason: d.reason,
    node: d.node,
  }
}

/** Decodes one JSONL line; throws with a message that names what is wrong with it. */
function decodeLine(line: string): { id: unknown; output: Record<string, unknown> } {
  const parsed: unknown = JSON.parse(line)
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('line is not a JSON object')
  }
  const record = parsed as { id?: unknown; text?: unknown }
  const id = record.id ?? null
  if (typeof record.text !== 'string') throw Object.assign(new Error('"text" must be a string'), { id })
  return { id, output: summary(id, decode(record.text)) }
}

/** Returns the number of lines that failed. */
async function jsonl(file: string | undefined): Promise<number> {
  const input = file === undefined ? process.stdin : createReadStream('', { fd: openInput(file) })
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  let lineNumber = 0
  let failed = 0
  for await (const line of lines) {
    lineNumber += 1
    if (line.trim() === '') continue
    try {
      process.stdout.write(`${JSON.stringify(decodeLine(line).output)}\n`)
    } catch (error) {
      failed += 1
      const id = (error as { id?: unknown }).id ?? null
      const message = error instanceof Error ? error.message : String(error)
      process.stdout.write(`${JSON.stringify({ line: lineNumber, id, error: message })}\n`)
    }
  }
  return failed
}

async function single(file: string | undefined): Promise<void> {
  const bytes = file === undefined ? await readStdin() : readWhole(openInput(file))
  const text = bytes.toString('utf8')
  const diagnosis = looksLikeEmail(text)
    ? ((await decodeEmail(new Uint8Array(bytes)))[0] ?? decode(''))
    : decode(text)
  process.stdout.write(`${JSON.stringify(diagnosis, null, 2)}\n`)
}

function parse(args: string[]): { help: boolean; jsonl: boolean; file: string | undefined } {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, jsonl: { type: 'boolean' } },
    })
    if (positionals.length > 1) throw new Error(`one FILE at most, got ${positionals.length}`)
    return { help: values.help === true, jsonl: values.jsonl === true, file: positionals[0] }
  } catch (error) {
    // parseArgs explains at length how to pass a positional starting with '-'; its first sentence says it.
    const message = (error instanceof Error ? error.message : String(error)).split('. ')[0] ?? ''
    throw new InputError(`${message}\n${USAGE}`)
  }
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2))
  if (options.help) {
    process.stdout.write(USAGE)
    return 0
  }
  if (options.jsonl) return (await jsonl(options.file)) > 0 ? 1 : 0
  await single(options.file)
  return 0
}

// A reader that stops early (`… | head -1`) closes the pipe: that is not an error, just stop.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  process.stderr.write(`decode: cannot write the output: ${error.message}\n`)
  process.exit(2)
})

try {
  process.exitCode = await main()
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`decode: ${error instanceof InputError ? message : `unexpected error: ${message}`}\n`)
  process.exitCode = 2
}
