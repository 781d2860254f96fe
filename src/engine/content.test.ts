import { describe, expect, it } from 'vitest'
import type { Block } from './content.ts'
import { conditionHolds, visibleBlocks } from './content.ts'
import { en } from './text.ts'

const forThunderbird: Block = {
  kind: 'paragraph',
  text: en('tb'),
  when: { fact: 'app', in: ['thunderbird'] },
}
const generic: Block = {
  kind: 'paragraph',
  text: en('generic'),
  when: { fact: 'app', notIn: ['thunderbird'] },
}
const always: Block = { kind: 'paragraph', text: en('always') }

describe('conditional content', () => {
  it('shows app-specific blocks only for that app', () => {
    expect(visibleBlocks([forThunderbird, generic, always], { app: 'thunderbird' })).toEqual([
      forThunderbird,
      always,
    ])
  })

  it('falls back to the generic block for other apps and when no app was chosen', () => {
    expect(visibleBlocks([forThunderbird, generic, always], { app: 'ios-mail' })).toEqual([generic, always])
    expect(visibleBlocks([forThunderbird, generic, always], {})).toEqual([generic, always])
  })

  it('shows a block with several conditions only when all of them hold', () => {
    const both: Block = {
      kind: 'paragraph',
      text: en('both'),
      when: [
        { fact: 'app', in: ['thunderbird'] },
        { fact: 'auth', notIn: ['off'] },
      ],
    }
    expect(visibleBlocks([both], { app: 'thunderbird' })).toEqual([both])
    expect(visibleBlocks([both], { app: 'thunderbird', auth: 'off' })).toEqual([])
    expect(visibleBlocks([both], { app: 'ios-mail' })).toEqual([])
  })

  it('does not read inherited properties as facts', () => {
    expect(conditionHolds({ fact: 'constructor', in: [''] }, {})).toBe(false)
  })
})
