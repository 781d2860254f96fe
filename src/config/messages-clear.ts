import { addMessages } from './messages.ts'

/** The strings of the control that forgets what the user entered: registered with the screens that show it. */
export const CLEAR_MESSAGES = {
  'clear.button': 'Clear what I entered',
  'clear.done': 'Cleared. Nothing you entered is kept.',
  'clear.kept':
    'Kept only in this browser tab, and deleted when you close it or choose Clear what I entered.',
} as const

addMessages('en', CLEAR_MESSAGES)
