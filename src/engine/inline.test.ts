import { describe, expect, it } from 'vitest'
import { parseInline, parseInlineFilled, plainText } from './inline.ts'
import { fillPlaceholders, placeholdersIn } from './placeholders.ts'

describe('parseInline', () => {
  it('splits strong and code spans from plain text', () => {
    expect(parseInline('Tick **Use SSL** then run `postconf -n`.')).toEqual([
      { kind: 'text', value: 'Tick ' },
      { kind: 'strong', value: 'Use SSL' },
      { kind: 'text', value: ' then run ' },
      { kind: 'code', value: 'postconf -n' },
      { kind: 'text', value: '.' },
    ])
  })

  it('leaves markup-like text alone', () => {
    expect(parseInline('<b>not html</b> and a lone ** star')).toEqual([
      { kind: 'text', value: '<b>not html</b> and a lone ** star' },
    ])
  })

  it('gives the visible text without markers', () => {
    expect(plainText('Open **Settings** now')).toBe('Open Settings now')
  })
})

describe('placeholders', () => {
  it('lists and fills known placeholders, leaving unknown ones visible', () => {
    expect(placeholdersIn('Ask {providerName} about {port}')).toEqual(['providerName', 'port'])
    expect(fillPlaceholders('Ask {providerName} about {port}', { providerName: 'Acme' })).toBe(
      'Ask Acme about {port}',
    )
  })

  it('does not treat inherited object keys as values', () => {
    expect(fillPlaceholders('{toString}', {})).toBe('{toString}')
  })
})

describe('parseInlineFilled', () => {
  it('fills placeholders inside and outside spans', () => {
    expect(
      parseInlineFilled('Ask **{providerName}** about `{port}`, {providerName}', {
        providerName: 'Acme',
        port: '587',
      }),
    ).toEqual([
      { kind: 'text', value: 'Ask ' },
      { kind: 'strong', value: 'Acme' },
      { kind: 'text', value: ' about ' },
      { kind: 'code', value: '587' },
      { kind: 'text', value: ', Acme' },
    ])
  })

  it('keeps markup in a value as literal text', () => {
    const values = { providerName: '**Acme** `rm -rf` [x](https://evil.example) {outgoingServer}' }
    expect(parseInlineFilled('Ask {providerName} now.', values)).toEqual([
      { kind: 'text', value: 'Ask **Acme** `rm -rf` [x](https://evil.example) {outgoingServer} now.' },
    ])
  })

  it('cannot join a value with the text around it into a span', () => {
    expect(parseInlineFilled('**Open** {providerName} `x`', { providerName: '** and `' })).toEqual([
      { kind: 'strong', value: 'Open' },
      { kind: 'text', value: ' ** and ` ' },
      { kind: 'code', value: 'x' },
    ])
  })
})
