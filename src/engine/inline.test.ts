import { describe, expect, it } from 'vitest'
import { parseInline, plainText } from './inline.ts'
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
