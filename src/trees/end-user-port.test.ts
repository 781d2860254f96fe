import { describe, expect, it } from 'vitest'
import { answersAt, factsOf, replay } from '@/engine/walk.ts'
import { APPS } from './end-user-apps.ts'
import { tree } from './tree.ts'

const atPort = (app: string) => {
  const result = replay(tree, 'eu-start', ['on-send', app, 'external', 'on'])
  if (!result.ok) throw new Error(`no walk to eu-port for ${app}`)
  return result.walk
}
const keysAtPort = (app: string) => answersAt(tree, atPort(app)).map((a) => a.key)

describe('the port question asks each app in its own terms', () => {
  it('asks iPhone and iPad Mail about its Use SSL switch and port', () => {
    expect(keysAtPort('ios-mail')).toEqual(['ssl-on', 'ssl-off', 'unknown'])
  })

  it.each([...APPS.filter((app) => app !== 'ios-mail'), 'other'])(
    'asks %s about port and encryption',
    (app) => {
      expect(keysAtPort(app)).toEqual(['25-or-none', '587-starttls', '465-tls', 'unknown'])
    },
  )

  it('refuses the STARTTLS answer on iPhone, which has no such setting', () => {
    expect(replay(tree, 'eu-start', ['on-send', 'ios-mail', 'external', 'on', '587-starttls'])).toMatchObject(
      {
        ok: false,
        why: 'answer-not-offered',
      },
    )
  })

  it('records a port the message can show', () => {
    const result = replay(tree, 'eu-start', ['on-send', 'ios-mail', 'external', 'on', 'ssl-off'])
    if (!result.ok) throw new Error('bad walk')
    expect(result.walk.current).toBe('eu-fix-port')
    expect(factsOf(tree, result.walk).port).toBe('ssl-off-or-25')
  })
})
