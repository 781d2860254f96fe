/** What a key press asks the agent view to do. */
export type AgentAction =
  | { readonly kind: 'answer'; readonly index: number }
  | { readonly kind: 'back' }
  | { readonly kind: 'start-over' }
  | { readonly kind: 'copy'; readonly format: 'text' | 'markdown' }
  | { readonly kind: 'caller' }
  | { readonly kind: 'help' }

/** The parts of a keyboard event that decide the action. */
export type KeyPress = {
  readonly key: string
  readonly altKey: boolean
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  /** Focus is in a text field, text area, select or editable content. */
  readonly typing: boolean
}

/** Single character keys (WCAG 2.1.4 lets the agent switch these off); shown in the shortcuts list. */
export const SINGLE_KEYS = { startOver: 's', copy: 'c', copyMarkdown: 'm', caller: 'v', help: '?' } as const

const LETTERS: Readonly<Record<string, AgentAction>> = {
  [SINGLE_KEYS.startOver]: { kind: 'start-over' },
  [SINGLE_KEYS.copy]: { kind: 'copy', format: 'text' },
  [SINGLE_KEYS.copyMarkdown]: { kind: 'copy', format: 'markdown' },
  [SINGLE_KEYS.caller]: { kind: 'caller' },
  [SINGLE_KEYS.help]: { kind: 'help' },
}

/**
 * The action for a key press, or null to leave the key to the browser: never while typing, never with
 * Ctrl or Cmd, and the single character keys only while they are switched on.
 */
export function actionForKey(press: KeyPress, singleKeysOn: boolean): AgentAction | null {
  if (press.typing || press.ctrlKey || press.metaKey) return null
  if (press.key === 'Backspace' && !press.altKey) return { kind: 'back' }
  if (press.key === 'ArrowLeft' && press.altKey) return { kind: 'back' }
  if (!singleKeysOn || press.altKey) return null
  if (/^[1-9]$/.test(press.key)) return { kind: 'answer', index: Number(press.key) - 1 }
  return Object.hasOwn(LETTERS, press.key.toLowerCase()) ? (LETTERS[press.key.toLowerCase()] ?? null) : null
}

/** Whether focus is where keys type text, so shortcuts must stay quiet. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
}
