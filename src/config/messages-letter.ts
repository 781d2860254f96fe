import { addMessages } from './messages.ts'

/** The provider message's strings: registered when the message panel's code loads, so the first screen never downloads them. */
export const LETTER_MESSAGES = {
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
  'message.network.fromAnswers': 'As in my answers: {network}',
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
  'message.body.decoded': 'Relay Doctor’s reading',
} as const

addMessages('en', LETTER_MESSAGES)
