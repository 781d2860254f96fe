import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))
const cli = ['--import', 'tsx', 'scripts/decode.ts']
const dir = mkdtempSync(join(tmpdir(), 'decode-cli-'))
const REFUSAL = '554 5.7.1 <carol@remote.example>: Relay access denied'

function run(args: string[], stdin = '') {
  const result = spawnSync(process.execPath, [...cli, ...args], { cwd: root, input: stdin, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const jsonLines = (text: string): unknown[] =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown)

describe('decode CLI', { timeout: 30_000 }, () => {
  it('decodes a file into one JSON diagnosis', () => {
    const { code, stdout, stderr } = run([file('refusal.txt', REFUSAL)])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(JSON.parse(stdout)).toMatchObject({ replyCode: '554', enhancedStatus: '5.7.1' })
  })

  it('decodes stdin when no file is given', () => {
    const { code, stdout } = run([], REFUSAL)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ replyCode: '554' })
  })

  it.each([
    ['a missing path', join(dir, 'missing.txt'), 'no such file'],
    ['a directory', dir, 'is a directory, not a file'],
  ])('reports %s in one line, without a stack trace, and exits 2', (_, path, reason) => {
    for (const args of [[path], ['--jsonl', path]]) {
      const { code, stdout, stderr } = run(args)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toBe(`decode: cannot read ${path}: ${reason}\n`)
    }
  })

  it('reads the JSONL file it is given, numbering the lines that failed, and exits 1', () => {
    const input = [
      JSON.stringify({ id: 'a', text: REFUSAL }),
      '',
      'not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: REFUSAL }),
    ].join('\n')
    const { code, stdout, stderr } = run(['--jsonl', file('mixed.jsonl', input)])
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' })
    const lines = jsonLines(stdout)
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatchObject({ id: 'a', replyCode: '554' })
    expect(lines[1]).toMatchObject({ line: 3, id: null, error: expect.any(String) as unknown })
    expect(lines[2]).toEqual({ line: 4, id: 'b', error: '"text" must be a string' })
    expect(lines[3]).toMatchObject({ id: 'c', replyCode: '554' })
  })

  it('reads JSONL from stdin when no file is given, and exits 0 when every line decodes', () => {
    const { code, stdout } = run(['--jsonl'], `${JSON.stringify({ id: 7, text: REFUSAL })}\n`)
    expect(code).toBe(0)
    expect(jsonLines(stdout)).toEqual([expect.objectContaining({ id: 7, reason: 'norelaying' })])
  })

  it('prints the usage and exits 2 on an unknown flag or a second file', () => {
    for (const args of [['--frobnicate'], ['one.txt', 'two.txt']]) {
      const { code, stdout, stderr } = run(args)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^decode: .+\nusage: decode \[FILE\]/)
    }
  })

  it('prints the usage on --help and exits 0', () => {
    const { code, stdout, stderr } = run(['--help'])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toMatch(/^usage: decode \[FILE\]/)
    expect(stdout).toContain('--jsonl [FILE]')
  })

  it('stops quietly when the reader closes the pipe early (`| head -1`)', async () => {
    const many = Array.from({ length: 20_000 }, (_, id) => JSON.stringify({ id, text: REFUSAL })).join('\n')
    const child = spawn(process.execPath, [...cli, '--jsonl', file('many.jsonl', many)], { cwd: root })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    const firstLine = await new Promise<string>((resolve) => {
      let seen = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        seen += chunk
        if (seen.includes('\n')) {
          child.stdout.destroy()
          resolve(seen.slice(0, seen.indexOf('\n')))
        }
      })
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(JSON.parse(firstLine)).toMatchObject({ id: 0, replyCode: '554' })
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  })
})
