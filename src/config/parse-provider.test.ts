import { describe, expect, it } from 'vitest'
import { parseProviderConfig } from './parse-provider.ts'
import { DEFAULT_PROVIDER, placeholderValues, providerFacts } from './provider.ts'

describe('parseProviderConfig', () => {
  it('fills missing fields with the neutral defaults', () => {
    expect(parseProviderConfig({ name: 'Acme Mail' })).toEqual({
      ok: true,
      config: { ...DEFAULT_PROVIDER, name: 'Acme Mail' },
    })
  })

  it('accepts a complete, valid config', () => {
    const config = {
      name: 'Acme Mail',
      outgoingServer: 'smtp.acme.example',
      submissionPort: 587,
      implicitTlsPort: 465,
      supportEmail: 'help@acme.example',
      supportUrl: 'https://acme.example/help',
      offersSmtpAuth: true,
      offersPopBeforeSmtp: false,
    }
    expect(parseProviderConfig(config)).toEqual({ ok: true, config })
  })

  it('names every wrong or unknown field', () => {
    const result = parseProviderConfig({
      outgoingServer: 'smtp acme',
      submissionPort: 0,
      supportEmail: 'nobody',
      supportUrl: 'javascript:alert(1)',
      offersSmtpAuth: 'yes',
      colour: 'red',
    })
    expect(result).toEqual({
      ok: false,
      errors: [
        '"colour" is not a known setting',
        '"outgoingServer" must be a host name such as smtp.example.com or null',
        '"submissionPort" must be a whole number from 1 to 65535',
        '"supportEmail" must be an email address or null',
        '"supportUrl" must be an https:// address or null',
        '"offersSmtpAuth" must be true, false or null',
      ],
    })
  })

  it.each([null, [], 'text', 42])('refuses %j as a whole', (raw) => {
    expect(parseProviderConfig(raw)).toEqual({ ok: false, errors: ['the file must contain one JSON object'] })
  })
})

describe('provider values', () => {
  it('reads naturally with the defaults', () => {
    expect(placeholderValues(DEFAULT_PROVIDER)).toMatchObject({
      providerName: 'your email provider',
      outgoingServer: "your provider's outgoing (SMTP) server name",
      supportContact: "your provider's support team",
    })
  })

  it('turns the offered features into facts', () => {
    expect(providerFacts({ ...DEFAULT_PROVIDER, offersSmtpAuth: false })).toEqual({
      providerSmtpAuth: 'no',
      providerPopBeforeSmtp: 'unknown',
    })
  })
})
