import { describe, expect, it } from 'vitest'
import { findCommand } from './command.ts'

describe('findCommand', () => {
  it.each([
    ['(in reply to end of DATA command)', 'DATA'],
    ['192.0.2.5 does not like recipient.\nRemote host said: 550 no mailbox here', 'RCPT'],
    ['Connected to 192.0.2.5 but sender was rejected.', 'MAIL'],
    ['550 5.1.1 <al@example.com>... User unknown\n[RCPT_TO]', 'RCPT'],
    ['SMTP:RCPT host 192.0.2.8: 553 5.3.0 <al@example.com>... No such user here', 'RCPT'],
    ['-------server message\n550 unknown user <al@example.com>\n\n-------SMTP command\nDATA', 'DATA'],
    ['>>> MAIL From:<a@example.com>\n<<< 250 ok\n>>> RCPT To:<b@example.net>\n<<< 550 no', 'RCPT'],
  ] as const)('%j → %s', (text, command) => {
    expect(findCommand(text)).toBe(command)
  })

  it('returns null when the text does not say', () => {
    expect(findCommand('550 User unknown')).toBeNull()
  })
})
