import { describe, expect, it } from 'vitest'
import { formatMessage } from '@/config/messages.ts'
import type { SummaryParts } from './compose-summary.ts'
import { composeSummary } from './compose-summary.ts'

const t = (key: Parameters<typeof formatMessage>[1], vars?: Readonly<Record<string, string | number>>) =>
  formatMessage('en', key, vars)

const parts: SummaryParts = {
  when: '2026-12-04 15:02 (UTC+01:00, Europe/Berlin)',
  entry: 'Caller sends from a mail app',
  answered: [
    { question: 'When do you see the error?', answer: 'Right away when I press Send', note: '' },
    { question: 'Which mail app are you using?', answer: 'Thunderbird', note: 'Version 128, *work* laptop' },
  ],
  error: ['554 5.7.1, permanent, refused by my provider’s outgoing server'],
  current: {
    status: 'Current question',
    title: 'Who can you not send to?',
    next: 'Ask the question; the answers are: Everyone, Only outside',
    note: 'Colleagues get mail',
  },
  code: '7K3M-X9QP',
  link: 'https://help.example/doctor/#/c/7K3M-X9QP',
}

describe('composeSummary', () => {
  const { text, markdown } = composeSummary(t, parts)

  it('gives the date, entry, code and link, every answer with its note, the error and where the call is', () => {
    expect(text.split('\n')).toEqual([
      'Relay Doctor call summary',
      '',
      'Date and time: 2026-12-04 15:02 (UTC+01:00, Europe/Berlin)',
      'Started from: Caller sends from a mail app',
      'Step code: 7K3M-X9QP',
      'Link for the caller: https://help.example/doctor/#/c/7K3M-X9QP',
      '',
      'QUESTIONS AND ANSWERS',
      '- When do you see the error? → Right away when I press Send',
      '- Which mail app are you using? → Thunderbird',
      '  Note: Version 128, *work* laptop',
      '',
      'DECODED ERROR',
      '- 554 5.7.1, permanent, refused by my provider’s outgoing server',
      '',
      'WHERE THE CALL IS',
      'Current: Current question: Who can you not send to?',
      'Next action: Ask the question; the answers are: Everyone, Only outside',
      'Note: Colleagues get mail',
    ])
  })

  it('gives the same content in Markdown, with typed text kept literal', () => {
    expect(markdown).toContain('# Relay Doctor call summary')
    expect(markdown).toContain('**Step code:** 7K3M-X9QP')
    expect(markdown).toContain('**Link for the caller:** <https://help.example/doctor/#/c/7K3M-X9QP>')
    expect(markdown).toContain('## Questions and answers')
    expect(markdown).toContain('  Note: Version 128, \\*work\\* laptop')
    expect(markdown).toContain('## Decoded error')
    expect(markdown).toContain('**Next action:** Ask the question; the answers are: Everyone, Only outside')
  })

  it('says when nothing is answered yet and leaves out an error that was not pasted', () => {
    const start = composeSummary(t, { ...parts, answered: [], error: [] }).text
    expect(start).toContain('- No questions answered yet')
    expect(start).not.toContain('DECODED ERROR')
    const noWalk = composeSummary(t, { ...parts, answered: [], error: [], code: '—', link: '—' }).markdown
    expect(noWalk).toContain('**Link for the caller:** —')
  })
})
