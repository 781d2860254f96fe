import { addMessages } from './messages.ts'

/** The step code's strings: registered when a wizard screen or the code screen loads. */
export const CODE_MESSAGES = {
  'code.yours': 'Your step code:',
  'code.spelled': 'Your step code: {spelled}',
  'code.explain': 'Read it out to a helpdesk agent, or send the link, to show them this exact step.',
  'code.copy': 'Copy',
  'code.copied': 'Copied',
  'code.copyFailed': 'Copying isn’t allowed here: select the code and copy it yourself.',
  'code.copyCode': 'Copy the step code',
  'code.link': 'Link to this step:',
  'code.copyLink': 'Copy the link to this step',
  'code.title': 'Open a step code',
  'code.lead':
    'A step code, such as 7K3M-X9QP, opens the same step with the same answers. It is on every screen of Relay Doctor, below the answers.',
  'code.field': 'Step code',
  'code.hint': 'Letters and digits; case, spaces and hyphens don’t matter. You can paste a link too.',
  'code.open': 'Open this step',
  'code.badTitle': 'This step code doesn’t work',
  'code.problem.empty': 'Type the code first: 8 letters and digits, such as 7K3M-X9QP.',
  'code.problem.malformed':
    'This isn’t a step code: a code has 8 letters and digits, such as 7K3M-X9QP. Check the code and type it again.',
  'code.problem.check-failed':
    'One character looks misheard or mistyped. Check the code, character by character, and type it again.',
  'code.problem.other-version':
    'This code comes from another version of Relay Doctor, so it can’t show the same step here. Start again, or ask for a link to the step.',
  'code.problem.unknown-step': 'This code doesn’t lead to a step we know. Check the code, or start again.',
  'code.startUser': 'Start the questions',
  'code.home': 'Home',
} as const

addMessages('en', CODE_MESSAGES)
