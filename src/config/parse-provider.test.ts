import { describe, expect, it } from 'vitest'
import { checkProviderConfig } from './check-provider-theme.ts'
import { echo, problemCountText, problemLines } from './describe-provider-problems.ts'
import { MAX_LISTED_PROBLEMS, parseProviderConfig, parseProviderJson } from './parse-provider.ts'
import { DEFAULT_PROVIDER } from './provider.ts'
import { placeholderValues, providerFacts } from './provider-values.ts'

const clean = (config: unknown) => ({ config, problems: [], problemCount: 0 })

describe('parseProviderConfig', () => {
  it('fills missing fields with the neutral defaults', () => {
    expect(parseProviderConfig({ name: 'Acme Mail' })).toEqual(
      clean({ ...DEFAULT_PROVIDER, name: 'Acme Mail' }),
    )
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
      theme: {
        accent: { light: '#1d4ed8', dark: '#7dd3fc' },
        radius: 4,
        font: 'serif',
        mode: 'auto',
        logo: 'brand/logo.svg',
      },
      embedOrigins: ['https://help.acme.example', 'http://localhost:8080'],
      embedEvents: true,
    }
    expect(checkProviderConfig(config)).toEqual(clean(config))
  })

  it('keeps every valid field when others are wrong, and names each wrong or unknown one', () => {
    const result = parseProviderConfig({
      name: 'Acme Mail',
      outgoingServer: 'smtp acme',
      submissionPort: 0,
      implicitTlsPort: 2465,
      supportEmail: 'nobody',
      supportUrl: 'javascript:alert(1)',
      offersSmtpAuth: 'yes',
      offersPopBeforeSmtp: true,
      colour: 'red',
    })
    expect(result.config).toEqual({
      ...DEFAULT_PROVIDER,
      name: 'Acme Mail',
      implicitTlsPort: 2465,
      offersPopBeforeSmtp: true,
    })
    expect(problemLines(result)).toEqual([
      '"outgoingServer" must be a host name such as smtp.example.com, or null (found "smtp acme")',
      '"submissionPort" must be a whole number from 1 to 65535 (found 0)',
      '"supportEmail" must be a plain email address such as support@example.com (no spaces, ?, &, %, <>, quotes, commas or second @), or null (found "nobody")',
      '"supportUrl" must be an https:// address, or null (found "javascript:alert(1)")',
      '"offersSmtpAuth" must be true, false or null (found "yes")',
      '"colour" is not a known setting',
    ])
    expect(result.problemCount).toBe(6)
  })

  it('suggests the right spelling of a setting', () => {
    expect(problemLines(parseProviderConfig({ supportemail: 'a@b.example' }))).toEqual([
      '"supportemail" is not a known setting (did you mean "supportEmail"?)',
    ])
  })

  it('describes lists and objects instead of echoing them', () => {
    expect(problemLines(parseProviderConfig({ name: ['a'], submissionPort: { n: 1 } }))).toEqual([
      '"name" must be text of up to 80 characters on one line, or null (found a list)',
      '"submissionPort" must be a whole number from 1 to 65535 (found an object)',
    ])
  })

  it.each([null, [], 'text', 42])('refuses %j as a whole and uses the defaults', (raw) => {
    expect(parseProviderConfig(raw)).toEqual({
      config: DEFAULT_PROVIDER,
      problems: [{ kind: 'not-an-object' }],
      problemCount: 1,
    })
  })

  it('treats "__proto__" as an unknown key without touching the config', () => {
    const result = parseProviderConfig(JSON.parse('{"__proto__": {"name": "Evil"}}'))
    expect(result.config).toEqual(DEFAULT_PROVIDER)
    expect(problemLines(result)).toEqual(['"__proto__" is not a known setting'])
  })
})

describe('caps against a hostile file', () => {
  const flood = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`key${String(i)}`, i]))

  it('lists at most 20 problems but counts them all, field problems first', () => {
    const result = parseProviderConfig({ ...flood, name: 'Acme', submissionPort: -1 })
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS)
    expect(problemLines(result)[0]).toMatch(/^"submissionPort"/)
    expect(result.problemCount).toBe(200_001)
    expect(result.config.name).toBe('Acme')
    expect(problemLines(result).at(-1)).toBe('… and 199,981 more')
    expect(problemLines(result)).toHaveLength(MAX_LISTED_PROBLEMS + 1)
  })

  it('shortens long keys and values to 40 characters with an ellipsis', () => {
    const long = 'x'.repeat(5000)
    const [keyProblem] = problemLines(parseProviderConfig({ [long]: 1 }))
    expect(keyProblem).toBe(`"${'x'.repeat(40)}…" is not a known setting`)
    const [valueProblem] = problemLines(parseProviderConfig({ outgoingServer: long }))
    expect(valueProblem).toContain(`(found "${'x'.repeat(40)}…")`)
  })

  it('escapes characters that would garble a terminal or reorder text', () => {
    expect(echo('a\u001b[31mb\u202Ec\nd')).toBe('"a\\u001b[31mb\\u202ec\\nd"')
    expect(problemLines(parseProviderConfig({ '\u001b[2J': 1 }))).toEqual([
      '"\\u001b[2J" is not a known setting',
    ])
  })

  it('adds no "more" line when nothing was cut', () => {
    expect(problemLines(parseProviderConfig({ colour: 1 }))).toEqual(['"colour" is not a known setting'])
  })
})

describe('field checks', () => {
  const problemsFor = (field: string, value: unknown) => parseProviderConfig({ [field]: value }).problemCount

  it.each([
    'help@example.com?bcc=all@example.com',
    'help@example.com&cc=x@example.com',
    'help%40example.com@example.com',
    'help @example.com',
    'help@example.com\n',
    '<help@example.com>',
    '"help"@example.com',
    "o'brien@example.com",
    'help@example.com,other@example.com',
    'help@@example.com',
    'a@b@example.com',
    'help@localhost',
    '.help@example.com',
    'help..desk@example.com',
    '',
    42,
  ])('supportEmail refuses %j', (value) => {
    expect(problemsFor('supportEmail', value)).toBe(1)
  })

  it.each(['help@example.com', 'first.last+relay@mail.example.co.uk', 'support_2@x-y.example', null])(
    'supportEmail accepts %j',
    (value) => {
      expect(problemsFor('supportEmail', value)).toBe(0)
    },
  )

  it.each([
    'http://example.com/help',
    'javascript:alert(1)',
    'data:text/html,hi',
    'https://',
    'https://exa mple.com',
    'https://user:secret@example.com/help',
    '//example.com/help',
    'example.com',
  ])('supportUrl refuses %j', (value) => {
    expect(problemsFor('supportUrl', value)).toBe(1)
  })

  it.each(['https://example.com', 'https://help.example.com/relay?topic=smtp#ports', null])(
    'supportUrl accepts %j',
    (value) => {
      expect(problemsFor('supportUrl', value)).toBe(0)
    },
  )

  it.each(['', '   ', 'x'.repeat(81), 'Acme\nMail', 'Acme\u0000'])('name refuses %j', (value) => {
    expect(problemsFor('name', value)).toBe(1)
  })

  it('name keeps markup-like text as it is (it is rendered as plain text)', () => {
    expect(parseProviderConfig({ name: '**Acme** `Mail` [x](y)' }).config.name).toBe('**Acme** `Mail` [x](y)')
  })

  it.each([0, 65536, 587.5, '587', null])('a port refuses %j', (value) => {
    expect(problemsFor('submissionPort', value)).toBe(1)
  })

  it.each(['smtp example.com', 'smtp.example.com/', '-smtp.example.com', 'a'.repeat(254)])(
    'outgoingServer refuses %j',
    (value) => {
      expect(problemsFor('outgoingServer', value)).toBe(1)
    },
  )
})

describe('parseProviderJson', () => {
  it('reads a JSON file, ignoring a byte-order mark', () => {
    expect(parseProviderJson('\uFEFF{"name": "Acme"}')).toEqual(clean({ ...DEFAULT_PROVIDER, name: 'Acme' }))
  })

  it('says where the JSON breaks', () => {
    expect(problemLines(parseProviderJson('{\n  "name": "Acme",\n}'))).toEqual([
      'the file is not valid JSON (line 3, column 1)',
    ])
    expect(problemLines(parseProviderJson(''))).toEqual(['the file is not valid JSON'])
  })

  it('recognises an HTML page served in place of the file', () => {
    const result = parseProviderJson('\n  <!doctype html><html><body>app</body></html>')
    expect(result.config).toEqual(DEFAULT_PROVIDER)
    expect(problemLines(result)[0]).toMatch(/^the file is an HTML page, not JSON/)
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

describe('problemCountText', () => {
  it('counts in words', () => {
    expect(problemCountText(parseProviderConfig({ a: 1 }))).toBe('1 problem')
    expect(problemCountText(parseProviderConfig({ a: 1, b: 2 }))).toBe('2 problems')
  })
})
