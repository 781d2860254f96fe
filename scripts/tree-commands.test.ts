import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Block } from '../src/engine/content.ts'
import { tree } from '../src/trees/tree.ts'

type CodeBlock = Extract<Block, { kind: 'code' }>

const codeBlocks: CodeBlock[] = Object.values(tree.nodes).flatMap((node) =>
  (node.body ?? []).filter((block): block is CodeBlock => block.kind === 'code'),
)

const logExamples = codeBlocks
  .filter((block) => block.language === 'log')
  .map((block) => block.code)
  .join('\n')

/** Runs a shell command from the tree against the tree's own log examples instead of /var/log/mail.log. */
function runOnExamples(command: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'relay-doctor-'))
  const log = join(dir, 'mail.log')
  writeFileSync(log, `${logExamples}\n`)
  return execFileSync('bash', ['-c', `${command.replaceAll('/var/log/mail.log', log)} || true`], {
    encoding: 'utf8',
  })
}

function commandContaining(fragment: string): string {
  const line = codeBlocks
    .flatMap((block) => block.code.split('\n'))
    .find((candidate) => candidate.includes(fragment))
  if (line === undefined) throw new Error(`no command in the tree contains ${fragment}`)
  return line
}

describe('admin log commands, run against the log lines the tree shows', () => {
  it('the log example has the exact wording of Postfix’s relay compatibility notice', () => {
    expect(logExamples).toContain(
      'using backwards-compatible default setting "smtpd_relay_restrictions = (empty)" to avoid "Relay access denied" error',
    )
  })

  it('counting compatibility notices finds the relay setting in the real wording', () => {
    const output = runOnExamples(commandContaining("grep 'backwards-compatible default setting'"))
    expect(output).toContain(' setting smtpd_relay_restrictions')
  })

  it('the first-look grep finds the refusal, the failed sign-in and the notice', () => {
    const output = runOnExamples(commandContaining("grep -E 'Relay access denied|authentication failed"))
    expect(output).toContain('NOQUEUE: reject')
    expect(output).toContain('authentication failed')
    expect(output).toContain('backwards-compatible default setting')
  })
})
