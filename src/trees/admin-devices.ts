import { en } from '@/engine/text.ts'
import { fixedOrNot } from './admin-blocks.ts'
import { defineBranch } from './node-ids.ts'

/** The ids of the device part of the admin branch; a new node is added here and in `adminDeviceNodes`. */
export type AdminDeviceId = 'ad-dev-log' | 'ad-dev-reach' | 'ad-dev-auth' | 'ad-dev-sender'

/**
 * Admin branch, devices and applications (printers, scanners, NAS boxes, websites, scripts): read what
 * the server saw of the device's attempt before deciding between sign-in and a trusted address.
 */
export const adminDeviceNodes = defineBranch<AdminDeviceId>({
  'ad-dev-log': {
    kind: 'question',
    title: en('What does your server’s log show for the device’s attempt?'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Send a test from the device, note the time, then search the mail log for the device’s IP address. What the server saw decides the fix.',
        ),
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Postfix: every log line about the device at 192.0.2.10 (use its address and your log file). Good: lines at the time of the test.',
        ),
        code: "grep '192.0.2.10' /var/log/mail.log | tail -n 20",
        when: { fact: 'mailPlatform', in: ['postfix', 'plesk', 'container'] },
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en('Exim (cPanel keeps its log in `/var/log/exim_mainlog`): the same search.'),
        code: "grep '192.0.2.10' /var/log/exim_mainlog | tail -n 20",
        when: { fact: 'mailPlatform', in: ['exim-cpanel'] },
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'In a container mail stack the log is the container’s output (use your container’s name).',
        ),
        code: "docker logs --since 30m mailserver 2>&1 | grep '192.0.2.10'",
        when: { fact: 'mailPlatform', in: ['container'] },
      },
    ],
    answers: [
      {
        key: 'nothing',
        label: en('Nothing at the time of the test'),
        hint: en('No line with the device’s address, or only older ones.'),
        next: 'ad-dev-reach',
        facts: { deviceLog: 'nothing' },
      },
      {
        key: 'relay-denied',
        label: en('Relay access denied, and the device never signed in'),
        next: 'ad-dev-mta',
        facts: { deviceLog: 'relay-denied' },
      },
      {
        key: 'auth-problem',
        label: en('The device tried to sign in and failed, or sign-in was never offered to it'),
        hint: en('For example “authentication failed”, “AUTH not advertised” or “not enabled”.'),
        next: 'ad-dev-auth',
        facts: { deviceLog: 'auth-problem' },
      },
      {
        key: 'sender-refused',
        label: en('Sender address rejected, or the address is not owned by the user'),
        next: 'ad-dev-sender',
        facts: { deviceLog: 'sender-refused' },
      },
    ],
  },
  'ad-dev-reach': {
    kind: 'step',
    title: en('The attempt never reached this server: find where it went'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'No log line at the time of the test means the test never reached this server. The device talked to something else, or to nothing at all:',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            'A wrong server name or IP address in the device, or a name that points elsewhere from inside your network (internal and public DNS answering differently, or NAT).',
          ),
          en('A firewall between the device and the server that blocks the port.'),
          en(
            'Another mail server answering on that address and port: a router, a security appliance, or an internet provider that takes over port 25.',
          ),
          en(
            'Security software on the sending machine: an antivirus “mail shield” that scans outgoing mail sits in between. Turn that scan off for one test.',
          ),
        ],
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Run from a machine on the device’s network: shows who answers. Good: the greeting (the line starting with 220) names your server. Bad: another name, or no answer at all.',
        ),
        code: 'swaks --server mail.example.com --port 587 --quit-after EHLO',
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'On your server: the name it greets with, to compare. Postfix shown; on Exim use `exim -bP smtp_banner`.',
        ),
        code: 'postconf smtpd_banner myhostname',
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
  'ad-dev-auth': {
    kind: 'step',
    title: en('Make the device’s sign-in match what the server offers'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'Many devices and applications sign in in older or simpler ways than mail apps. The usual mismatches:',
        ),
      },
      {
        kind: 'bullets',
        items: [
          en(
            '**HELO instead of EHLO**: a device that greets with HELO never learns that the server offers sign-in or encryption, so it sends without signing in. Update its firmware, or let it relay by its fixed address (next step).',
          ),
          en(
            '**No STARTTLS before sign-in**: most servers offer sign-in only after the connection is encrypted. A device set to “no encryption” on port 587 never sees the offer. Choose STARTTLS, or SSL/TLS on port 465.',
          ),
          en(
            '**Sign-in method**: a device that knows only LOGIN, or only PLAIN or CRAM-MD5, fails on a server that offers something else. Compare what the server lists after `EHLO` with the device’s options.',
          ),
          en(
            '**Settings that are not used**: a website or script may ignore what you typed. Frameworks read their own configuration (for example a `.env` file or a plugin’s settings), some libraries sign in only when told to, and cached settings survive changes. Check what the application really uses.',
          ),
        ],
      },
      {
        kind: 'code',
        language: 'shell',
        caption: en(
          'Run from the device’s network: what the server offers on 587 after STARTTLS. Good: a line starting with `250-AUTH` listing a method the device supports.',
        ),
        code: 'swaks --server mail.example.com --port 587 -tls --quit-after EHLO',
      },
    ],
    answers: [
      ...fixedOrNot('ad-resolved', 'ad-dev-mta'),
      {
        key: 'cannot-sign-in',
        label: en('The device cannot sign in at all'),
        next: 'ad-dev-mta',
      },
    ],
  },
  'ad-dev-sender': {
    kind: 'step',
    title: en('Give the device a sender address its login owns'),
    body: [
      {
        kind: 'paragraph',
        text: en(
          'The device signed in, but sends as an address that its account does not own, and the server refuses that. Applications often do this: a website form sending as the visitor’s address, or a shared tool sending as each user’s own address.',
        ),
      },
      {
        kind: 'steps',
        items: [
          en(
            'Set the device’s or application’s sender (From) address to the address of the account it signs in with, for example `scanner@example.com`.',
          ),
          en('Where the real author matters, put their address in **Reply-To** instead of **From**.'),
          en(
            'If it must send as several addresses, allow that account to send as them on the server (for example Postfix `smtpd_sender_login_maps`, or a mail stack’s “allowed to send as” setting), rather than switching the check off.',
          ),
          en(
            'A device that does not sign in, yet sends as an address of your own domain, is refused by servers that reserve their domains for signed-in users: let it sign in as that mailbox.',
          ),
        ],
      },
    ],
    answers: fixedOrNot('ad-resolved', 'ad-ask-vendor'),
  },
})
