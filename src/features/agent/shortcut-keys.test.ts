import { describe, expect, it } from 'vitest'
import { actionForKey } from './shortcut-keys.ts'

const press = (key: string, extra: Partial<Parameters<typeof actionForKey>[0]> = {}) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  typing: false,
  ...extra,
})

describe('actionForKey', () => {
  it('maps number keys to answers, Backspace and Alt+← to back, and letters to actions', () => {
    expect(actionForKey(press('1'), true)).toEqual({ kind: 'answer', index: 0 })
    expect(actionForKey(press('9'), true)).toEqual({ kind: 'answer', index: 8 })
    expect(actionForKey(press('Backspace'), true)).toEqual({ kind: 'back' })
    expect(actionForKey(press('ArrowLeft', { altKey: true }), true)).toEqual({ kind: 'back' })
    expect(actionForKey(press('S'), true)).toEqual({ kind: 'start-over' })
    expect(actionForKey(press('c'), true)).toEqual({ kind: 'copy', format: 'text' })
    expect(actionForKey(press('m'), true)).toEqual({ kind: 'copy', format: 'markdown' })
    expect(actionForKey(press('v'), true)).toEqual({ kind: 'caller' })
    expect(actionForKey(press('?'), true)).toEqual({ kind: 'help' })
  })

  it('leaves keys alone while typing or with Ctrl or Cmd', () => {
    for (const key of ['1', 'Backspace', 'c', '?'])
      for (const extra of [{ typing: true }, { ctrlKey: true }, { metaKey: true }])
        expect(actionForKey(press(key, extra), true)).toBeNull()
  })

  it('ignores 0, plain arrows, other letters and Alt with a letter', () => {
    for (const key of ['0', 'ArrowLeft', 'x', 'Enter', ' ']) expect(actionForKey(press(key), true)).toBeNull()
    expect(actionForKey(press('c', { altKey: true }), true)).toBeNull()
  })

  it('keeps only Backspace and Alt+← when single-key shortcuts are off', () => {
    expect(actionForKey(press('1'), false)).toBeNull()
    expect(actionForKey(press('?'), false)).toBeNull()
    expect(actionForKey(press('Backspace'), false)).toEqual({ kind: 'back' })
  })
})
