import { addMessages } from './messages.ts'

/** The decode screen's strings: registered when that screen's code loads, so the first screen never downloads them. */
export const DECODE_MESSAGES = {
  'decode.title': 'What the error says',
  'decode.reading': 'Reading…',
  'decode.ready': 'Finished reading.',
  'decode.failed.title': 'We couldn’t read this text',
  'decode.failed.timeout':
    'This text is too long or too unusual to read quickly. Paste just the error lines.',
  'decode.failed.error': 'The reader stopped working in this browser.',
  'decode.recipient': 'For {recipient}',
  'decode.what': 'What happened',
  'decode.who': 'Which server refused',
  'decode.when': 'Final or temporary',
  'decode.meaning': 'What it means for you',
  'decode.codes': 'Codes',
  'decode.evidence': 'The parts of your text that tell us this',
  'decode.continue': 'Continue from here',
  'decode.nothing.title': 'We couldn’t recognise this text',
  'decode.nothing.body':
    'It doesn’t look like a mail error we know. The questions will still get you there: they ask what the error would have told us.',
  'decode.nothing.start': 'Answer the questions instead',
  'decode.side.sender-server': 'Your own provider’s outgoing server refused to send it on.',
  'decode.side.recipient-server': 'The recipient’s server refused it.',
  'decode.side.recipient-server-named': 'The recipient’s server ({host}) refused it.',
  'decode.side.unknown': 'The text doesn’t say which server refused it.',
  'decode.permanent.true': 'Final: the message was not delivered and will not be retried.',
  'decode.permanent.false':
    'Temporary: the sending server keeps the message and tries again by itself, so wait before sending it again.',
  'decode.permanent.null': 'The text doesn’t say whether this is final.',
  'decode.permanent.relay':
    'Temporary in code only: a refusal to relay does not clear by waiting, so look for the cause now.',
  'decode.summary.host': 'refusing server {host}',
  'decode.summary': '{codes}, {permanence}, {side}',
  'decode.summary.permanent': 'permanent',
  'decode.summary.temporary': 'temporary',
  'decode.summary.unknownPermanence': 'final or temporary not stated',
  'decode.summary.sender-server': 'refused by my provider’s outgoing server',
  'decode.summary.recipient-server': 'refused by the recipient’s server',
  'decode.summary.unknown': 'refusing server not stated',
  'decode.reason.norelaying':
    'The server refused to relay (pass on) the message, because it did not recognise the sender as someone it sends mail for.',
  'decode.reason.securityerror':
    'The server required a sign-in (authentication) that did not happen or did not succeed.',
  'decode.reason.authfailure':
    'The sender’s domain records (SPF, DKIM or DMARC) did not pass the recipient’s checks.',
  'decode.reason.blocked':
    'The sending server’s address was blocked, for example because it is on a blocklist.',
  'decode.reason.badreputation':
    'The sending server’s address has a poor reputation with the recipient’s provider.',
  'decode.reason.requireptr': 'The sending server has no proper reverse DNS (PTR) record.',
  'decode.reason.rejected':
    'The sender’s address was refused, for example because sender verification failed.',
  'decode.reason.spamdetected': 'A spam filter refused the message.',
  'decode.reason.policyviolation': 'The message broke a policy of the recipient’s server.',
  'decode.reason.notcompliantrfc': 'The message was refused as not following email standards.',
  'decode.reason.userunknown': 'The recipient address does not exist there.',
  'decode.reason.hostunknown': 'The recipient’s domain does not exist or cannot receive mail.',
  'decode.reason.hasmoved': 'The recipient’s mailbox has moved and mail is not forwarded.',
  'decode.reason.suspend': 'The recipient’s account is suspended or inactive.',
  'decode.reason.mailboxfull': 'The recipient’s mailbox is full.',
  'decode.reason.emailtoolarge': 'The message is too large for the recipient’s server.',
  'decode.reason.filtered': 'The recipient’s server refused the message for this address.',
  'decode.reason.contenterror': 'The message’s format was refused.',
  'decode.reason.virusdetected': 'A virus scanner refused the message.',
  'decode.reason.syntaxerror': 'The servers could not understand each other (an SMTP command error).',
  'decode.reason.ratelimited':
    'Too many messages or connections in a short time; the server asked to slow down.',
  'decode.reason.expired':
    'Delivery kept failing until the sending server gave up, or the message is delayed.',
  'decode.reason.networkerror': 'The recipient’s server could not be reached.',
  'decode.reason.systemerror': 'The recipient’s server had an internal error, such as a failed lookup.',
  'decode.reason.systemfull': 'The recipient’s server is out of disk space.',
  'decode.reason.notaccept': 'The recipient’s domain accepts no email.',
  'decode.reason.mailererror': 'A program that delivers mail on the server failed.',
  'decode.reason.failedstarttls': 'The servers could not set up an encrypted connection.',
  'decode.reason.onhold': 'The message is on hold.',
  'decode.reason.suppressed': 'The address is on a suppression list of the sending service.',
  'decode.reason.delivered': 'This part reports a successful delivery.',
  'decode.reason.feedback': 'This is a spam complaint report, not a delivery failure.',
  'decode.reason.vacation': 'This is an automatic reply (for example an out-of-office), not a failure.',
  'decode.reason.undefined': 'The exact reason is not given.',
  'decode.meaning.eu-auth-on':
    'Usually your mail app did not sign in to send. The next questions check its settings.',
  'decode.meaning.eu-bounce-who': 'Whose server refused decides the fix; the next question helps you tell.',
  'decode.meaning.eu-rcpt-relay': 'The recipient’s server or DNS is set up wrongly. Only they can fix it.',
  'decode.meaning.eu-auth-failed': 'Your app’s user name or password for sending was refused.',
  'decode.meaning.eu-m365': 'Your organisation’s Microsoft 365 settings do not let this app sign in to send.',
  'decode.meaning.eu-rcpt-invalid': 'Check the address with the recipient; settings will not help.',
  'decode.meaning.eu-rcpt-full': 'The recipient must free up space.',
  'decode.meaning.eu-blocklisted': 'Your provider must clear its server’s reputation or listing.',
  'decode.meaning.eu-sender-verify': 'Your provider needs to see why the check of your address failed.',
  'decode.meaning.eu-sender-auth-records':
    'Whoever runs your domain must fix its SPF, DKIM or DMARC records.',
  'decode.meaning.eu-temporary': 'Wait: the message is still being retried.',
  'decode.meaning.eu-start': 'The questions will find out more.',
  'decode.meaning.eu-from-address':
    'The outgoing server does not let your account send from this From address.',
  'decode.meaning.eu-fix-port':
    'Your app must switch on encryption (STARTTLS or SSL/TLS) before it signs in.',
  'decode.meaning.eu-ask-provider':
    'Your provider’s sign-in service failed for a moment; only your provider can see why.',
  'decode.meaning.ad-start': 'The questions will find which mail flow fails.',
  'decode.meaning.ad-codes': 'Where the refusal was seen decides which server to fix.',
  'decode.meaning.ad-out-platform':
    'Your server refused your own users’ mail; the checks depend on the product.',
  'decode.meaning.ad-pf-log':
    'Postfix refused a client that wanted to send; its log tells whether it signed in.',
  'decode.meaning.ad-pf-sasl': 'Sign-in between Postfix and its authentication service failed.',
  'decode.meaning.ad-cp-log': 'Exim refused a client that wanted to send; its log tells why.',
  'decode.meaning.ad-cp-tls': 'Clients must start TLS before they sign in on this port.',
  'decode.meaning.ad-ex-clients': 'Exchange refused a client; how clients connect decides the fix.',
  'decode.meaning.ad-m365-code': 'Microsoft 365 refused the sender; its code tells which setting.',
  'decode.meaning.ad-m365-smtpauth': 'SMTP sign-in is switched off for this Microsoft 365 mailbox or tenant.',
  'decode.meaning.ad-m365-device': 'The device or app reached Microsoft 365 without signing in.',
  'decode.meaning.ad-m365-connector':
    'Microsoft 365 could not tie your server’s mail to your organisation: the inbound connector needs updating.',
  'decode.meaning.ad-sender-login': 'The login may not send as this From address on your server.',
  'decode.meaning.ad-in-says': 'Your server refused mail from outside; what the senders get tells why.',
  'decode.meaning.ad-in-mx': 'Outside senders reached a server that does not take mail for your domain.',
  'decode.meaning.ad-in-domains': 'Your server received the mail but does not treat the domain as its own.',
  'decode.meaning.ad-svf': 'Your server’s sender verification refused the outside sender.',
  'decode.meaning.ad-port25-auth': 'Your server asks delivering servers to sign in on port 25.',
  'decode.meaning.ad-lookup-failure': 'Your server could not read a lookup table it needs.',
  'decode.meaning.ad-dnsbl-resolver': 'Your server refused senders by blocklist; check the lookups first.',
  'decode.meaning.ad-remote-says': 'Another server refused your outgoing mail; what it says decides the fix.',
  'decode.meaning.ad-rbl-check':
    'Another server refused your server’s address, often for a blocklist listing.',
  'decode.meaning.ad-svf-ours': 'Another server could not verify your sender address.',
  'decode.meaning.ad-sender-records': 'Your domain’s SPF, DKIM or DMARC records did not pass.',
  'decode.meaning.ad-their-relay':
    'The other server does not accept mail for its own domain: their set-up is wrong.',
  'decode.meaning.ad-smarthost': 'Your server must sign in to the relay service it sends through.',
  'decode.meaning.ad-google-relay':
    'Google’s SMTP relay service does not recognise the sending server or account: check its relay settings.',
  'decode.meaning.ad-dev-log': 'Your server refused the device or app; its log tells why.',
  'decode.meaning.ad-dev-sender': 'The device sends as an address its login does not own.',
  'decode.noRecipient': 'Your error, decoded',
} as const

addMessages('en', DECODE_MESSAGES)
