// Checks a provider.json the way Relay Doctor reads it, and says field by field what it would ignore.
// Exit status: 0 no problems, 1 problems found, 2 the file cannot be read or the command is misused.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { checkProviderJson } from '../src/config/check-provider-theme.ts'
import { echo, problemCountText, problemLines } from '../src/config/describe-provider-problems.ts'

const USAGE = `Usage: npm run config:check -- FILE

Checks a Relay Doctor provider.json (normally dist/provider.json) and lists every problem by field.
A setting with a problem is ignored and its neutral default used; the other settings still apply.

Exit status: 0 no problems, 1 problems found, 2 the file cannot be read or the command is misused.`

function fail(message: string): never {
  console.error(`config:check: ${message}`)
  process.exit(2)
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it cannot be read'
    return fail(`cannot read ${echo(file)}: ${why}`)
  }
}

let args: ReturnType<typeof parseArgs>
try {
  args = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true })
} catch (error) {
  fail(`${(error as Error).message.split('. ')[0] ?? 'bad arguments'} (see --help)`)
}
if (args.values.help) {
  console.log(USAGE)
  process.exit(0)
}
const [file, ...extra] = args.positionals
if (file === undefined || extra.length > 0)
  fail('give exactly one file, for example: npm run config:check -- dist/provider.json (see --help)')

const result = checkProviderJson(readText(file))
if (result.problemCount === 0) {
  console.log(`${file}: no problems`)
  process.exit(0)
}
console.log(
  `${file}: ${problemCountText(result)}; each setting with a problem is ignored and its neutral default used`,
)
for (const line of problemLines(result)) console.log(`  - ${line}`)
process.exit(1)
