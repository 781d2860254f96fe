import { describe, expect, it } from 'vitest'
import { formatMessage } from './messages.ts'
import { CLEAR_MESSAGES } from './messages-clear.ts'
import { CODE_MESSAGES } from './messages-code.ts'
import { DECODE_MESSAGES } from './messages-decode.ts'
import { LETTER_MESSAGES } from './messages-letter.ts'
import { WIZARD_MESSAGES } from './messages-wizard.ts'

describe('interface messages', () => {
  it('keeps each lazily loaded table to its own prefix, so no key is defined twice', () => {
    for (const key of Object.keys(DECODE_MESSAGES)) expect(key).toMatch(/^decode\./)
    for (const key of Object.keys(LETTER_MESSAGES)) expect(key).toMatch(/^message\./)
    for (const key of Object.keys(CODE_MESSAGES)) expect(key).toMatch(/^code\./)
    for (const key of Object.keys(CLEAR_MESSAGES)) expect(key).toMatch(/^clear\./)
    for (const key of Object.keys(WIZARD_MESSAGES)) expect(key).toMatch(/^(wizard|block|lookup|badLink)\./)
    expect(formatMessage('en', 'app.name')).toBe('Relay Doctor')
  })

  it('knows a lazily loaded table’s strings once its module has loaded', () => {
    expect(formatMessage('en', 'decode.title')).toBe(DECODE_MESSAGES['decode.title'])
    const [key, text] = Object.entries(LETTER_MESSAGES)[0] ?? []
    expect(key && formatMessage('en', key as keyof typeof LETTER_MESSAGES)).toBe(text)
  })

  it('fills variables and leaves unknown ones visible', () => {
    expect(formatMessage('en', 'wizard.stepCount', { n: 3 })).toBe('Question 3')
    expect(formatMessage('en', 'wizard.stepCount')).toBe('Question {n}')
  })
})
