import { addMessages } from './messages.ts'

/**
 * The wizard's strings (its screens, blocks, blocklist lookup and bad-link screen): registered when a
 * wizard or agent screen loads, so the home screen's first load does not carry them.
 */
export const WIZARD_MESSAGES = {
  'wizard.back': 'Back',
  'wizard.startOver': 'Start over',
  'wizard.home': 'Home',
  'wizard.trail': 'Your answers so far',
  'wizard.trailChange': 'Change',
  'wizard.trailChangeLabel': 'Change your answer to “{question}”',
  'wizard.navigation': 'Move through the questions',
  'wizard.stepCount': 'Question {n}',
  'wizard.didItWork': 'Did that work?',
  'wizard.whyWeAsk': 'Why we ask, and where to look',
  'wizard.verdict.resolved': 'Solved',
  'wizard.verdict.contact-provider': 'Next: contact your email provider',
  'wizard.verdict.contact-admin': 'Next: contact your IT team',
  'wizard.verdict.contact-recipient': 'Next: contact the recipient',
  'wizard.verdict.contact-vendor': 'Next: contact your hosting provider or control-panel vendor',
  'wizard.verdict.contact-remote-admin': 'Next: contact the other server’s administrator',
  'wizard.ask': 'What to ask for',
  'wizard.nextSteps': 'What to do next',
  'wizard.pasteInstead': 'Paste the error message instead',
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
  'badLink.title': 'This link doesn’t lead to a step we know',
  'badLink.unknownNode':
    'The address names a step (“{node}”) that doesn’t exist. The link may be mistyped or from an older version of Relay Doctor.',
  'badLink.unknownAnswer':
    'The address contains an answer (“{answer}”) that doesn’t fit this step. You can continue from the last step that made sense, or start over.',
  'badLink.answerNotOffered':
    'The address contains an answer (“{answer}”) that this step doesn’t offer after the earlier answers, for example one worded for a different mail app. You can continue from the last step that made sense, or start over.',
  'badLink.continue': 'Continue from the last valid step',
  'badLink.startOver': 'Start from the beginning',
} as const

addMessages('en', WIZARD_MESSAGES)
