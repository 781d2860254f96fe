import type { Locale } from '@/engine/text.ts'

/** Every user-visible string outside the tree, keyed for translation. */
const en = {
  'app.name': 'Relay Doctor',
  'app.tagline': 'Fix “Relay access denied”',
  'app.skipToContent': 'Skip to content',
  'app.footer': 'Relay Doctor runs entirely in your browser. Nothing you type or paste is sent anywhere.',
  'home.title': 'Fix the “Relay access denied” email error',
  'home.lead':
    'Relay Doctor asks a few short questions about your situation and your mail settings, then tells you exactly what to change, or what to ask your email provider.',
  'home.choose': 'Where are you sending from?',
  'home.resume': 'Continue where you left off',
  'home.codes':
    'Also shown as 554 5.7.1 or 454 4.7.1, “Relaying denied”, “relay not permitted” or “Unable to relay”.',
  'entry.end-user.label': 'I’m sending from a mail app',
  'entry.end-user.hint': 'Outlook, Thunderbird, Apple Mail, a phone or tablet…',
  'wizard.back': 'Back',
  'wizard.startOver': 'Start over',
  'wizard.home': 'Home',
  'wizard.trail': 'Your answers so far',
  'wizard.trailChange': 'Change',
  'wizard.trailChangeLabel': 'Change your answer to “{question}”',
  'wizard.navigation': 'Move through the questions',
  'wizard.stepCount': 'Question {n}',
  'wizard.didItWork': 'Did that work?',
  'wizard.verdict.resolved': 'Solved',
  'wizard.verdict.contact-provider': 'Next: contact your email provider',
  'wizard.verdict.contact-admin': 'Next: contact your IT team',
  'wizard.verdict.contact-recipient': 'Next: contact the recipient',
  'wizard.verdict.contact-vendor': 'Next: contact your hosting provider or control-panel vendor',
  'wizard.verdict.contact-remote-admin': 'Next: contact the other server’s administrator',
  'wizard.ask': 'What to ask for',
  'wizard.nextSteps': 'What to do next',
  'block.copy': 'Copy',
  'block.copied': 'Copied',
  'block.copyFailed': 'Could not copy; select the text and copy it by hand.',
  'block.copyLabel': 'Copy: {caption}',
  'block.warning': 'Warning',
  'block.tip': 'Tip',
  'block.external': '(opens another website)',
  'lookup.label': 'Your mail server’s public IP address or domain',
  'lookup.hint':
    'For example 203.0.113.7 or mail.example.com. It stays in your browser until you open one of the links.',
  'lookup.invalid': 'Enter an IPv4 or IPv6 address, or a domain name such as mail.example.com.',
  'lookup.waiting': 'Enter an address above to get the links.',
  'lookup.mxtoolbox': 'Check {target} on MXToolbox',
  'lookup.multirbl': 'Check {target} on MultiRBL',
  'message.to.contact-provider': 'your email provider',
  'message.to.contact-admin': 'your IT team',
  'message.to.contact-recipient': 'the recipient',
  'message.to.contact-vendor': 'your hosting provider or control-panel vendor',
  'message.to.contact-remote-admin': 'the other server’s administrator',
  'message.title': 'Your message for {to}',
  'message.intro':
    'Fill in what you know: the message below updates as you type, and you can edit it before sending. Relay Doctor sends nothing itself.',
  'message.field.errorText': 'The exact error or bounce text',
  'message.field.errorTextHint': 'Paste it whole rather than retyping it. It stays in this browser tab.',
  'message.field.when': 'When it happened (date, time and time zone)',
  'message.field.sender': 'Your email address',
  'message.field.recipientDomain': 'The recipient’s domain (the part after the @)',
  'message.field.outgoingServer': 'The outgoing server set in your app',
  'message.field.network': 'The network you were on',
  'message.network.unknown': 'Not sure',
  'message.network.wifi': 'Wi-Fi at home or work',
  'message.network.public-wifi': 'Public or hotel Wi-Fi',
  'message.network.mobile': 'Mobile data',
  'message.network.vpn': 'Through a VPN',
  'message.preview': 'The message (you can edit it)',
  'message.editedNote': 'You have edited the message, so changes above no longer update it.',
  'message.reset': 'Rebuild the message from the answers',
  'message.copy': 'Copy message',
  'message.copied': 'Message copied',
  'message.copyFailed': 'Could not copy; select the message and copy it by hand.',
  'message.mailto': 'Open in my mail app',
  'message.mailtoTo': 'Open in my mail app, addressed to {address}',
  'message.print': 'Print',
  'message.subject': 'Email refused with “Relay access denied”',
  'message.greeting': 'Hello,',
  'message.opening.contact-provider':
    'My email is being refused with a relay error and I need your help. The details are below.',
  'message.opening.contact-admin':
    'My email app cannot send: the server refuses my messages with a relay error. The details are below.',
  'message.opening.contact-recipient':
    'I tried to email you, but your mail server refused my message. The details are below, so you can pass them to whoever runs your email.',
  'message.opening.contact-vendor':
    'Our mail server is refusing to relay mail and we need your help. The details are below.',
  'message.opening.contact-remote-admin':
    'Mail between our servers is being refused. The details are below, so you can find it in your logs.',
  'message.body.error': 'Error (exact text):',
  'message.body.noError': '(not available)',
  'message.body.when': 'When',
  'message.body.sender': 'Sender address',
  'message.body.recipientDomain': 'Recipient domain',
  'message.body.outgoingServer': 'Outgoing server',
  'message.body.network': 'Network',
  'message.body.tried': 'Already tried:',
  'message.body.request': 'Request:',
  'message.body.closing': 'Thank you.',
  'badLink.title': 'This link doesn’t lead to a step we know',
  'badLink.unknownNode':
    'The address names a step (“{node}”) that doesn’t exist. The link may be mistyped or from an older version of Relay Doctor.',
  'badLink.unknownAnswer':
    'The address contains an answer (“{answer}”) that doesn’t fit this step. You can continue from the last step that made sense, or start over.',
  'badLink.continue': 'Continue from the last valid step',
  'badLink.startOver': 'Start from the beginning',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',
  'notFound.home': 'Go to the start page',
  'error.title': 'Something went wrong',
  'error.body':
    'Relay Doctor hit an unexpected problem showing this page. Your answers are in the address bar, so nothing is lost.',
  'error.retry': 'Try again',
  'error.home': 'Go to the start page',
  'config.problem':
    'The provider settings file (provider.json) has a problem, so general instructions are shown instead:',
} as const

export type MessageKey = keyof typeof en
export type Messages = Readonly<Record<MessageKey, string>>

export const MESSAGES: Readonly<Record<Locale, Messages>> = { en }

/** Looks up a message and fills its `{name}` variables. */
export function formatMessage(
  locale: Locale,
  key: MessageKey,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  )
}
