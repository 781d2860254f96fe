import { describe, expect, it } from 'vitest'
import { DEFAULT_PROVIDER } from '@/config/provider.ts'
import { placeholderValues } from '@/config/provider-values.ts'
import { exportTree } from '@/engine/export.ts'
import type { NodeId } from './node-ids.ts'
import { tree } from './tree.ts'

const exported = exportTree(tree, placeholderValues(DEFAULT_PROVIDER))
/** A node's visible text, commands included. */
const textOf = (id: NodeId) => exported.nodes[id]?.text ?? ''

/** Facts the fact-check found wrong: where each is now told right, and the wrong wording that must not return. */
const CORRECTED: readonly {
  fact: string
  node: NodeId
  says: readonly (string | RegExp)[]
  never?: RegExp
}[] = [
  {
    fact: 'only the sender-verify bypass list gets past sender verification, never Trusted SMTP IPs',
    node: 'ad-svf-allow',
    says: [
      '/etc/senderverifybypasshosts',
      /Do not use WHM’s Trusted SMTP IP addresses[^.]*\. [^.]*skip the relay check/,
    ],
  },
  {
    fact: 'the outgoing server is often the same name as the incoming one',
    node: 'eu-server-name',
    says: ['often the same name as the incoming (IMAP or POP) server', 'only delivers incoming mail'],
    never: /must not be the incoming/i,
  },
  {
    fact: 'Outlook’s Generating server wrote the bounce; the Remote server line names the refusing one',
    node: 'eu-bounce-who',
    says: [/Remote server/, /Generating server line is different: it names the server that wrote the bounce/],
  },
  {
    fact: 'the compatibility-notice grep matches the real Postfix line',
    node: 'ad-pf-update',
    says: ["grep 'backwards-compatible default setting' /var/log/mail.log"],
  },
  {
    fact: 'the submission services empty only the recipient checks',
    node: 'ad-pf-submission',
    says: [
      'the recipient checks are emptied here, but client, HELO and sender checks from main.cf still apply',
    ],
    never: /anti-spam checks (are )?(switched|turned) off/i,
  },
  {
    fact: 'Outlook.com accounts need modern sign-in, app passwords no longer work',
    node: 'eu-outlook-com',
    says: ['Since September 2024', 'app passwords stopped working'],
  },
  {
    fact: 'an Exim callout that cannot reach the sender’s server defers with 451',
    node: 'ad-svf',
    says: ['451 Could not complete sender verify callout', 'Postfix with undeliverable address'],
  },
  {
    fact: 'Outlook (classic) in Microsoft 365 builds: the Control Panel › Mail route',
    node: 'eu-turn-auth-on',
    says: ['Control Panel › Mail › Email Accounts'],
  },
  {
    fact: 'cPanel rewrites /etc/relayhosts; /etc/alwaysrelay is the lasting list',
    node: 'ad-dev-mta',
    says: ['/etc/relayhosts (cPanel rewrites it on its own)', '/etc/alwaysrelay'],
  },
  {
    fact: 'Microsoft 365 direct send reaches other organisations’ M365 mailboxes too',
    node: 'ad-m365-device',
    says: ['yours, and other organisations’ too'],
  },
  {
    fact: 'security defaults give way to Conditional Access only with equivalent MFA policies',
    node: 'ad-m365-smtpauth',
    says: [/only after Conditional Access policies that require multi-factor sign-in at least as strictly/],
  },
  {
    fact: 'an open-relay test that times out proves nothing',
    node: 'ad-resolved',
    says: ['No answer at all, or a timeout, proves nothing'],
  },
]

describe('facts corrected after the fact-check', () => {
  it.each(CORRECTED.map((c) => [c.fact, c] as const))('%s', (_fact, corrected) => {
    const text = textOf(corrected.node)
    for (const words of corrected.says) expect(text).toMatch(words)
    if (corrected.never !== undefined) {
      for (const id of Object.keys(exported.nodes) as NodeId[])
        expect(textOf(id)).not.toMatch(corrected.never)
    }
  })

  it('never claims the settings look right: no walk checks every setting', () => {
    for (const id of Object.keys(exported.nodes) as NodeId[]) {
      expect(textOf(id), id).not.toMatch(/settings (look|are) (right|correct|fine)/i)
    }
  })
})
