import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const TSX = join(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs')
const SCRIPT = join(import.meta.dirname, 'config-check.ts')
const dir = mkdtempSync(join(tmpdir(), 'config-check-'))
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function write(name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [TSX, SCRIPT, ...args], { encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run config:check', { timeout: 30_000 }, () => {
  it('exits 0 on a clean file', () => {
    const file = write('clean.json', JSON.stringify({ name: 'Acme Mail', supportEmail: 'help@acme.example' }))
    const { code, stdout } = run(file)
    expect(stdout).toBe(`${file}: no problems\n`)
    expect(code).toBe(0)
  })

  it('checks the embedding and theme fields: a faint accent is refused with its contrast ratio', () => {
    const file = write(
      'theme.json',
      JSON.stringify({
        embedOrigins: ['https://help.acme.example/portal'],
        theme: { accent: '#ffcc00', mode: 'dark', radius: 6 },
      }),
    )
    const { code, stdout } = run(file)
    expect(stdout).toContain('"embedOrigins" must be a list of at most 20 origins')
    expect(stdout).not.toContain('#ffcc00')
    expect(code).toBe(1)
    const faint = write('faint.json', JSON.stringify({ theme: { accent: '#a3a3a3', mode: 'light' } }))
    const checked = run(faint)
    expect(checked.stdout).toContain(
      '"theme.accent" #a3a3a3 is refused for light mode: its contrast with the white page and the white text on buttons is 2.52:1',
    )
    expect(checked.code).toBe(1)
  })

  it('exits 1 and names each field with a problem', () => {
    const file = write(
      'bad.json',
      JSON.stringify({ name: 'Acme', supportEmail: 'help@acme.example?bcc=all@evil.example', colour: 'red' }),
    )
    const { code, stdout } = run(file)
    expect(stdout.split('\n')).toEqual([
      `${file}: 2 problems; each setting with a problem is ignored and its neutral default used`,
      expect.stringMatching(
        /^ {2}- "supportEmail" must be a plain email address .* \(found "help@acme\.example\?bcc=all@evil\.example"\)$/,
      ),
      '  - "colour" is not a known setting',
      '',
    ])
    expect(code).toBe(1)
  })

  it('exits 1 on a file that is not JSON, saying where it breaks', () => {
    const { code, stdout } = run(write('broken.json', '{\n  "name": "Acme",\n}'))
    expect(stdout).toContain('  - the file is not valid JSON (line 3, column 1)')
    expect(code).toBe(1)
  })

  it('caps the output of a flood of unknown keys', () => {
    const flood = Object.fromEntries(
      Array.from({ length: 200_000 }, (_, i) => [`k${'x'.repeat(60)}${String(i)}`, i]),
    )
    const { code, stdout } = run(write('flood.json', JSON.stringify(flood)))
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(22)
    expect(lines.at(-1)).toBe('  - … and 199,980 more')
    expect(Math.max(...lines.slice(1).map((l) => l.length))).toBeLessThan(80)
    expect(code).toBe(1)
  })

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), 'no such file'],
    ['a directory', () => dir, 'it is a directory, not a file'],
  ])('exits 2 with a one-line error for %s', (_what, path, why) => {
    const { code, stdout, stderr } = run(path())
    expect(stderr).toBe(`config:check: cannot read ${JSON.stringify(path())}: ${why}\n`)
    expect(stdout).toBe('')
    expect(code).toBe(2)
  })

  it.each([[[]], [['a.json', 'b.json']], [['--bogus']]])('exits 2 on bad usage %j', (args) => {
    const { code, stderr } = run(...args)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^config:check: .*\(see --help\)\n$/)
    expect(code).toBe(2)
  })

  it('explains itself with --help', () => {
    const { code, stdout } = run('--help')
    expect(stdout).toMatch(/^Usage: npm run config:check -- FILE/)
    expect(stdout).toContain('Exit status: 0 no problems, 1 problems found, 2')
    expect(code).toBe(0)
  })
})
