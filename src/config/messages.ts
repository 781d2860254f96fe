import type { Locale } from '@/engine/text.ts'
import type { AGENT_MESSAGES } from './messages-agent.ts'
import type { CLEAR_MESSAGES } from './messages-clear.ts'
import type { CODE_MESSAGES } from './messages-code.ts'
import type { DECODE_MESSAGES } from './messages-decode.ts'
import type { LETTER_MESSAGES } from './messages-letter.ts'
import type { WIZARD_MESSAGES } from './messages-wizard.ts'

/** Every user-visible string outside the tree, keyed for translation. */
const en = {
  'app.name': 'Relay Doctor',
  'app.tagline': 'Fix “Relay access denied”',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading this screen…',
  'app.footer': 'Relay Doctor runs entirely in your browser. Nothing you type or paste is sent anywhere.',
  'home.title': 'Fix the “Relay access denied” email error',
  'home.lead':
    'Relay Doctor asks a few short questions about your situation and your mail settings, then tells you exactly what to change, or what to ask your email provider.',
  'home.choose': 'Where are you sending from?',
  'home.resume': 'Continue where you left off',
  'home.haveCode': 'Have a step code? Open it here',
  'home.codes':
    'Also shown as 554 5.7.1 or 454 4.7.1, “Relaying denied”, “relay not permitted” or “Unable to relay”.',
  'entry.end-user.label': 'I’m sending from a mail app',
  'entry.end-user.hint': 'Outlook, Thunderbird, Apple Mail, a phone or tablet…',
  'entry.admin.label': 'I run the mail server',
  'entry.admin.hint': 'Postfix, Exim/cPanel, Plesk, Exchange, Microsoft 365, Google Workspace…',
  'home.agent': 'Helpdesk agent view',
  'paste.title': 'Paste the error or drop the bounce',
  'paste.lead':
    'Relay Doctor reads the error text, a bounce email or a mail-server log line in your browser, and skips the questions it already answers.',
  'paste.label': 'Error message, bounce or log line',
  'paste.hint':
    'Nothing you paste leaves this browser or goes in the address bar. It is kept only in this tab until you close it.',
  'paste.file': 'Or choose a saved bounce email (.eml)',
  'paste.drop': 'You can also drop a bounce email file on the text box.',
  'paste.submit': 'Read the error',
  'paste.fileLoaded': 'Loaded {name}',
  'paste.tooBig': 'That is larger than {mb} MB. Paste just the error lines.',
  'paste.notSaved': 'This tab could not store the text, so a reload will lose it.',
  'paste.fileUnreadable': 'That file could not be read; paste the error text instead.',
  'paste.empty':
    'Paste the error text first: the message your mail app showed, or the bounce you received. Or choose a saved bounce file.',
  'paste.emptyFile': 'That file is empty. Paste the error text instead, or choose another file.',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',
  'notFound.home': 'Go to the start page',
  'error.title': 'Something went wrong',
  'error.body':
    'Relay Doctor hit an unexpected problem showing this page. Your answers are in the address bar, so nothing is lost.',
  'error.retry': 'Try again',
  'error.home': 'Go to the start page',
  'config.settingsIgnored':
    'Some of this site’s support settings could not be read, so general instructions are shown.',
} as const

/** Every key: the first screen's table here, the lazily loaded screens' tables by type only. */
export type MessageKey =
  | keyof typeof en
  | keyof typeof DECODE_MESSAGES
  | keyof typeof LETTER_MESSAGES
  | keyof typeof AGENT_MESSAGES
  | keyof typeof CODE_MESSAGES
  | keyof typeof CLEAR_MESSAGES
  | keyof typeof WIZARD_MESSAGES

/** The strings known so far per language; a screen's own table joins when its code loads. */
const loaded: Record<Locale, Record<string, string>> = { en: { ...en } }

/** Called by a lazily loaded table (`messages-decode.ts`, `messages-letter.ts`) as it loads. */
export function addMessages(locale: Locale, table: Readonly<Record<string, string>>): void {
  Object.assign(loaded[locale], table)
}

/** Looks up a message and fills its `{name}` variables; a key whose table has not loaded shows as itself. */
export function formatMessage(
  locale: Locale,
  key: MessageKey,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return (loaded[locale][key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  )
}
