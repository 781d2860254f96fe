import type { RealReport } from './real-report.ts'

const FIXED_IN_APP = ['on-send'] as const
/** Admin answers up to the Postfix log question, for a container mail stack whose networks are right. */
const containerPostfixLog = ['users-send', 'container', 'still-failing'] as const
/** Admin answers up to the cPanel/Exim log question, for users' mail refused at their own server. */
const eximLog = ['users-send', 'exim-cpanel'] as const
/** End-user answers up to the account-type question, for an app that signs in on 587. */
const signsInOn587 = (app: string) => [...FIXED_IN_APP, app, 'external', 'on', '587-starttls', 'other']

/**
 * Real reports with a confirmed (or maintainer-given) fix, collected from public issue trackers,
 * forums and provider help pages. Each is retold in our own words; sources are kept so it can be
 * checked again. Reports whose fix is outside what the wizard can say (a code change in one product)
 * are left out.
 */
export const REAL_REPORTS: readonly RealReport[] = [
  {
    id: 'desktop-client-without-smtp-login',
    sources: ['https://github.com/docker-mailserver/docker-mailserver/issues/19'],
    situation:
      'A desktop mail app could not send to an outside address through a new self-hosted server, while the same account sent fine from a phone.',
    fix: 'The desktop app had no outgoing login set; turning on SMTP authentication fixed it.',
    entry: 'end-user',
    answers: [...FIXED_IN_APP, 'other', 'external', 'off'],
    fixNode: 'eu-turn-auth-on',
    mentions: ['same user name and password as for incoming mail'],
    // The decoder cannot tell from the text alone: a bare relay refusal does not say which server sent it.
    decoderLands: 'eu-bounce-who',
    errorText: '554 5.7.1 <xxxxx@163.com>: Relay access denied',
  },
  {
    id: 'thunderbird-no-outgoing-authentication',
    sources: ['https://github.com/LukeSmithxyz/emailwiz/issues/184'],
    situation:
      'Thunderbird could send to the own domain but not to Gmail; its outgoing server had no authentication.',
    fix: 'Setting the outgoing server to sign in with the password made the server accept the message.',
    entry: 'end-user',
    answers: [...FIXED_IN_APP, 'thunderbird', 'external', 'unknown'],
    fixNode: 'eu-turn-auth-on',
    mentions: ['Normal password'],
    errorText:
      'An error occurred while sending mail. The mail server responded: <myemail@gmail.com>: Relay access denied.',
  },
  {
    id: 'webmail-app-not-logging-in-to-smtp',
    sources: ['https://github.com/the-djmaze/snappymail/issues/1066'],
    situation:
      'A webmail add-on failed for every outside domain; its domain profile never told it to sign in to the outgoing server.',
    fix: 'Configuring the profile to sign in to SMTP fixed it within minutes.',
    entry: 'end-user',
    answers: [...FIXED_IN_APP, 'other', 'external', 'off'],
    fixNode: 'eu-turn-auth-on',
    mentions: ['Turn on the option that makes the outgoing server require authentication'],
  },
  {
    id: 'iphone-optional-outgoing-login-left-empty',
    sources: [
      'https://support.tigertech.net/iphone-relaying',
      'https://smg.co.nz/iphone-email-shows-rejected-by-the-server-when-sending-emails/',
    ],
    situation:
      'iPhone Mail read mail but could not send: the outgoing user name and password, marked optional, were empty.',
    fix: 'Filling in the full address and password under the primary outgoing server fixed it.',
    entry: 'end-user',
    answers: [...FIXED_IN_APP, 'ios-mail', 'external', 'off'],
    fixNode: 'eu-turn-auth-on',
    mentions: ['even though they are marked optional'],
    errorText: 'The recipient was rejected by the server because it does not allow relaying',
  },
  {
    id: 'client-submitting-on-port-25',
    sources: ['https://github.com/Mailu/Mailu/issues/656'],
    situation: 'A mail app sent to a self-hosted server on port 25 and was refused with an access error.',
    fix: 'Changing the app to the submission port 587 fixed it.',
    entry: 'end-user',
    answers: [...FIXED_IN_APP, 'other', 'external', 'on', '25-or-none'],
    fixNode: 'eu-fix-port',
    mentions: ['587', 'STARTTLS'],
    // The decoder cannot tell from the text alone: the sender's own server refusing the address reads as a From-address problem; the port is found by the questions.
    decoderLands: 'eu-from-address',
    errorText: '554 5.7.1 <myemail@mycompany.com>: Sender address rejected: Access denied',
  },
  {
    id: 'application-pointed-at-wrong-server-ip',
    sources: ['https://github.com/nodemailer/nodemailer/issues/386'],
    situation:
      'After an application moved to another machine, every message was refused with Unable to relay.',
    fix: 'The application used the wrong IP address for the mail server; the right address fixed it.',
    entry: 'admin',
    answers: ['device', 'other', 'nothing'],
    fixNode: 'ad-dev-reach',
    mentions: ['wrong server name or IP address'],
    errorText: '550 5.7.1 Unable to relay for paris.team@parisoptimalplanning.com',
  },
  {
    id: 'app-plain-auth-never-signs-in',
    sources: [
      'https://github.com/ngoduykhanh/wireguard-ui/issues/150',
      'https://github.com/ngoduykhanh/wireguard-ui/issues/171',
    ],
    situation:
      'An application had SMTP credentials with the PLAIN method, but the server log showed it never signed in.',
    fix: 'Switching the application to the LOGIN method made it sign in and send.',
    entry: 'admin',
    answers: ['device', 'postfix', 'relay-denied', 'set-to-sign-in'],
    fixNode: 'ad-dev-auth',
    mentions: ['only LOGIN', 'PLAIN'],
    errorText: '554 5.7.1 Relay access denied',
  },
  {
    id: 'user-name-without-domain',
    sources: ['https://github.com/haraka/Haraka/issues/3316'],
    situation: 'Sign-in with a bare user name succeeded, but the sender address was then refused.',
    fix: 'Signing in with the full email address as the user name fixed it.',
    entry: 'end-user',
    answers: [...signsInOn587('other'), 'no', 'everywhere', 'works'],
    fixNode: 'eu-signin-details',
    mentions: ['full email address'],
    errorText: "550 Envelope domain 'domain.com' doesn't match AUTH domain 'null'",
  },
  {
    id: 'library-sends-auth-before-ehlo',
    sources: ['https://github.com/totaljs/framework/issues/297'],
    situation:
      'A web framework’s mail module issued AUTH without greeting with EHLO, so an Exim host treated it as not signed in.',
    fix: 'Greeting with EHLO before AUTH fixed it.',
    entry: 'admin',
    answers: ['device', 'exim-cpanel', 'auth-problem'],
    fixNode: 'ad-dev-auth',
    mentions: ['HELO instead of EHLO'],
    errorText: '503 AUTH command used when not advertised',
  },
  {
    id: 'router-tool-greets-with-helo',
    sources: [
      'https://github.com/4IceG/luci-app-sms-tool-js/issues/45',
      'https://github.com/4IceG/luci-app-sms-tool-js/pull/46',
    ],
    situation:
      'A router add-on sent mail with HELO, was never offered sign-in, skipped it, and was refused relaying.',
    fix: 'Making the tool greet with EHLO let it sign in.',
    entry: 'admin',
    answers: ['device', 'other', 'relay-denied', 'set-to-sign-in'],
    fixNode: 'ad-dev-auth',
    mentions: ['HELO instead of EHLO'],
  },
  {
    id: 'framework-hook-forces-smtp',
    sources: ['https://github.com/themosis/themosis/issues/322'],
    situation: 'A WordPress site set to use sendmail failed with Relaying denied.',
    fix: 'A framework hook switched the mailer to SMTP regardless of the setting; removing it fixed it.',
    entry: 'admin',
    answers: ['device', 'postfix', 'relay-denied', 'set-to-sign-in'],
    fixNode: 'ad-dev-auth',
    mentions: ['Frameworks read their own configuration'],
    errorText: 'SMTP Error: The following recipients failed: myemail@gmail.com: Relaying denied',
  },
  {
    id: 'helpdesk-sends-as-address-login-does-not-own',
    sources: ['https://github.com/mailcow/mailcow/issues/512'],
    situation:
      'A helpdesk application’s notifications were refused by a container mail stack: their From differed from the mailbox it signed in as.',
    fix: 'Allowing that mailbox to send as the address in the stack’s sender settings fixed it.',
    entry: 'admin',
    answers: ['device', 'container', 'sender-refused'],
    fixNode: 'ad-dev-sender',
    mentions: ['allowed to send as'],
    errorText: 'Sender address rejected: not owned by user',
  },
  {
    id: 'alias-decides-who-may-send-as-address',
    sources: ['https://github.com/mail-in-a-box/mailinabox/issues/511'],
    situation:
      'After an upgrade an admin could not send from his own address because an alias with it existed.',
    fix: 'Adding the user to the alias’s permitted senders fixed it.',
    entry: 'admin',
    answers: ['users-send', 'postfix', 'not-owned'],
    fixNode: 'ad-sender-login',
    mentions: ['permitted senders'],
    errorText: '553 5.7.1 <bob@domain.com>: Sender address rejected: not owned by user bob@domain.com',
  },
  {
    id: 'login-may-not-send-for-secondary-domain',
    sources: ['https://github.com/mail-in-a-box/mailinabox/issues/578'],
    situation:
      'Addresses on extra domains received mail, but sending as them while signed in as the admin failed.',
    fix: 'Granting the login permission to send as those addresses, or signing in as that mailbox.',
    entry: 'admin',
    answers: ['users-send', 'postfix', 'not-owned'],
    fixNode: 'ad-sender-login',
    mentions: ['signs in as the mailbox that owns the address'],
    errorText:
      '553 5.7.1 <email@secondary.domain>: Sender address rejected: not owned by user adminuser@primary.domain',
  },
  {
    id: 'relayed-system-mail-from-root',
    sources: ['https://github.com/mail-in-a-box/mailinabox/issues/480'],
    situation:
      'A server relaying its system mail through another server with a login had its root@host mail refused.',
    fix: 'Letting the relay login send as those addresses (an alias pointing to it) fixed it.',
    entry: 'admin',
    answers: ['device', 'postfix', 'sender-refused'],
    fixNode: 'ad-dev-sender',
    mentions: ['allow that account to send as them'],
    errorText:
      '553 5.7.1 <root@somehost.example.net>: Sender address rejected: not owned by user relay@example.net',
  },
  {
    id: 'app-sends-as-users-profile-address',
    sources: ['https://github.com/nextcloud/server/issues/5047'],
    situation: 'A file-sharing server sent some notifications as the user’s own profile address.',
    fix: 'Sending them from the system address the login owns fixed it.',
    entry: 'admin',
    answers: ['device', 'other', 'sender-refused'],
    fixNode: 'ad-dev-sender',
    mentions: ['sending as each user'],
    errorText: '553 Relaying disallowed as [username]',
  },
  {
    id: 'shop-sends-as-other-address',
    sources: ['https://github.com/magepal/magento2-gmail-smtp-app/issues/122'],
    situation:
      'A web shop’s test mail went out, but customer mails with another sender identity were refused.',
    fix: 'The sender must be the signed-in account (or allowed by the provider).',
    entry: 'admin',
    answers: ['device', 'other', 'sender-refused'],
    fixNode: 'ad-dev-sender',
    mentions: ['Reply-To'],
    errorText: 'Relaying disallowed as Contato <contato@emporiobit.com.br>',
  },
  {
    id: 'website-uses-local-sender-without-login',
    sources: ['https://github.com/Mailu/Mailu/issues/1456'],
    situation:
      'A website on another machine sent as contact@ the hosted domain without signing in and was refused.',
    fix: 'Signing in as the contact@ mailbox fixed it; trusting the network would have been the risky way.',
    entry: 'admin',
    answers: ['device', 'container', 'sender-refused'],
    fixNode: 'ad-dev-sender',
    mentions: ['let it sign in as that mailbox'],
    errorText: '554 5.7.1 Sender address rejected: Access denied',
  },
  {
    id: 'app-on-same-host-not-in-mynetworks',
    sources: ['https://github.com/anonaddy/anonaddy/issues/415'],
    situation:
      'An application on the mail server itself connected by the public name, which the server did not count as local.',
    fix: 'Adding the host’s own address to mynetworks fixed it.',
    entry: 'admin',
    answers: ['device', 'postfix', 'relay-denied'],
    fixNode: 'ad-dev-mta',
    mentions: ['mynetworks'],
    errorText: '554 5.7.1 <user@name>: Relay access denied',
  },
  {
    id: 'own-ipv4-and-ipv6-missing-from-mynetworks',
    sources: ['https://github.com/anonaddy/anonaddy/issues/607'],
    situation: 'Replies from an application on the server were deferred; mynetworks held only loopback.',
    fix: 'Adding the server’s IPv4 and IPv6 addresses to mynetworks fixed it.',
    entry: 'admin',
    answers: ['device', 'postfix', 'relay-denied'],
    fixNode: 'ad-dev-mta',
    mentions: ['mynetworks'],
    errorText: '454 4.7.1 Relay access denied',
  },
  {
    id: 'relay-container-does-not-trust-bridge',
    sources: ['https://github.com/eea/eea.docker.postfix/pull/8'],
    situation:
      'Containers sending through a Postfix relay container were refused: their subnet was not trusted.',
    fix: 'Adding the Docker subnet to the relay’s trusted networks fixed it.',
    entry: 'admin',
    answers: ['device', 'container', 'relay-denied'],
    fixNode: 'ad-dev-mta',
    mentions: ['recreate the container'],
  },
  {
    id: 'compose-network-not-in-mynetworks',
    sources: [
      'https://github.com/docker-mailserver/docker-mailserver/issues/261',
      'https://github.com/docker-mailserver/docker-mailserver/pull/270',
    ],
    situation:
      'Sending from the Docker host was refused: the compose network differed from the trusted subnet.',
    fix: 'The PERMIT_DOCKER setting (added for this) trusts the Docker network explicitly.',
    entry: 'admin',
    answers: ['users-send', 'container'],
    fixNode: 'ad-container',
    mentions: ['PERMIT_DOCKER'],
    // The decoder cannot tell from the text alone: a plain relay refusal does not say the server runs in a container.
    decoderLands: 'ad-pf-log',
    errorText: 'Relay access denied',
  },
  {
    id: 'upgrade-trusts-fewer-container-networks',
    sources: ['https://github.com/docker-mailserver/docker-mailserver/issues/3556'],
    situation:
      'After an upgrade, an application container could no longer send through the mail stack unsigned.',
    fix: 'The new version trusts a narrower network; put the app on it, or better, sign in on 587.',
    entry: 'admin',
    answers: ['users-send', 'container'],
    fixNode: 'ad-container',
    mentions: ['may trust fewer networks than before'],
    // The decoder cannot tell from the text alone: a plain relay refusal does not say the server runs in a container.
    decoderLands: 'ad-pf-log',
    errorText: '554 5.7.1 <my@example.de>: Relay access denied',
  },
  {
    id: 'app-reaches-stack-by-public-name',
    sources: ['https://github.com/mailcow/mailcow-dockerized/issues/1814'],
    situation:
      'A file-sharing app’s notifications were refused as relaying when it reached the mail stack by its public name.',
    fix: 'Pointing the app at the stack’s internal address fixed it.',
    entry: 'admin',
    answers: ['device', 'container', 'relay-denied'],
    fixNode: 'ad-dev-mta',
    mentions: ['internal address'],
    errorText:
      'NOQUEUE: reject: RCPT from unknown[172.22.1.1]: 554 5.7.1 <xxx@gmail.com>: Relay access denied',
  },
  {
    id: 'port-25-carries-submission-rules',
    sources: [
      'https://github.com/LukeSmithxyz/emailwiz/issues/265',
      'https://github.com/LukeSmithxyz/emailwiz/pull/275',
    ],
    situation:
      'A new server sent fine but refused all incoming mail for its own domain; port 25 had sign-in-only overrides.',
    fix: 'Removing the sign-in overrides from the port 25 service fixed it.',
    entry: 'admin',
    answers: ['inbound', 'postfix', 'relay', 'here'],
    fixNode: 'ad-in-domains',
    mentions: ['Port 25 must not demand sign-in'],
    errorText:
      'NOQUEUE: reject: RCPT from mail-4324.protonmail.ch[185.70.43.24]: 554 5.7.1 <hello@myemail.com>: Relay access denied',
  },
  {
    id: 'list-domain-mx-at-old-provider',
    sources: ['https://github.com/YunoHost-Apps/mailman_ynh/issues/12'],
    situation:
      'Posts to a new mailing list bounced from the registrar’s mail server, not from the new server.',
    fix: 'Pointing the domain’s MX record at the new server fixed it.',
    entry: 'admin',
    answers: ['inbound', 'other', 'relay', 'elsewhere'],
    fixNode: 'ad-mx-fix',
    mentions: ['MX record'],
    errorText:
      '<mailman@chif.fr>: host spool.mail.gandi.net[217.70.178.1] said: 554 5.7.1 <mailman@chif.fr>: Relay access denied (in reply to RCPT TO command)',
  },
  {
    id: 'alias-only-domain-not-accepted',
    sources: ['https://github.com/mail-in-a-box/mailinabox/pull/47'],
    situation:
      'Domains with only aliases were not counted as local, so mail for them was refused as relaying.',
    fix: 'Making the server accept those domains (its alias table) fixed it.',
    entry: 'admin',
    answers: ['inbound', 'postfix', 'relay', 'here'],
    fixNode: 'ad-in-domains',
    mentions: ['virtual_alias_domains'],
  },
  {
    id: 'extra-alias-domain-not-accepted',
    sources: ['https://github.com/simple-login/app/issues/249'],
    situation: 'An extra alias domain received relay refusals for incoming mail.',
    fix: 'Adding it as a domain the server accepts fixed it.',
    entry: 'admin',
    answers: ['inbound', 'postfix', 'relay', 'here'],
    fixNode: 'ad-in-domains',
    mentions: ['virtual_mailbox_domains'],
    errorText: '554 5.7.1 <non.coextensively@ftmail.me>: Relay access denied',
  },
  {
    id: 'relayed-backup-domain-not-in-relay-domains',
    sources: ['https://github.com/Mailu/Mailu/pull/351'],
    situation: 'Domains set up to be passed on (backup MX style) got relay refusals.',
    fix: 'Listing them as relay domains fixed it.',
    entry: 'admin',
    answers: ['inbound', 'container', 'relay', 'here'],
    fixNode: 'ad-in-domains',
    mentions: ['relay_domains'],
  },
  {
    id: 'exim-smarthost-password-keyed-to-old-name',
    sources: [
      'https://github.com/tianon/dockerfiles/issues/68',
      'https://github.com/tianon/dockerfiles/pull/69',
    ],
    situation:
      'A long-working Exim relay stopped signing in to its smarthost after the smarthost’s name changed.',
    fix: 'Changing the key in the client password file to the new name fixed it.',
    entry: 'admin',
    answers: ['remote-refuses', 'smarthost'],
    fixNode: 'ad-smarthost',
    mentions: ['passwd.client'],
  },
  {
    id: 'relay-credentials-broken-by-newline',
    sources: ['https://github.com/namshi/docker-smtp/issues/77'],
    situation: 'An app sending through a relay container got relay not permitted from the smarthost.',
    fix: 'The generated password file was broken; correcting it fixed the sign-in.',
    entry: 'admin',
    answers: ['remote-refuses', 'smarthost'],
    fixNode: 'ad-smarthost',
    mentions: ['password file'],
    errorText: "smtplib.SMTPRecipientsRefused: (550, b'relay not permitted')",
  },
  {
    id: 'isp-smarthost-login-only-on-465',
    sources: ['https://github.com/Mailu/Mailu/issues/2245'],
    situation: 'A home server could no longer sign in to its internet provider’s relay on 587.',
    fix: 'Using port 465 with implicit TLS (wrapper mode) fixed it.',
    entry: 'admin',
    answers: ['remote-refuses', 'smarthost'],
    fixNode: 'ad-smarthost',
    mentions: ['smtp_tls_wrappermode'],
    errorText: 'warning: SASL authentication failure: No worthy mechs found',
  },
  {
    id: 'exim-hosts-require-auth-misses-address',
    sources: ['https://github.com/mailgun/documentation/pull/471'],
    situation:
      'An Exim smarthost setup worked only sometimes: its sign-in list did not match every address of the relay.',
    fix: 'Matching the relay’s addresses in hosts_require_auth stopped the failures.',
    entry: 'admin',
    answers: ['remote-refuses', 'smarthost'],
    fixNode: 'ad-smarthost',
    mentions: ['hosts_require_auth'],
    errorText: '550 5.7.1 Relaying denied',
  },
  {
    id: 'copier-scan-to-email-outside-only',
    sources: [
      'https://forum.support.xerox.com/t5/Copying-Faxing-Scanning/Scan-Email-Error-quot-One-or-more-addresses-invalid-quot/m-p/10446/highlight/true',
    ],
    situation: 'A new copier could scan to internal addresses but not to outside ones.',
    fix: 'Adding the copier’s IP address to the mail server’s relay list fixed it.',
    entry: 'admin',
    answers: ['device', 'other', 'relay-denied'],
    fixNode: 'ad-dev-mta',
    mentions: ['trust its fixed IP address'],
  },
  {
    id: 'home-server-on-policy-blocklist',
    sources: ['https://github.com/erik73/app-mail/issues/95'],
    situation:
      'Every message from a home mail server bounced, citing a Spamhaus listing of the dynamic address.',
    fix: 'Sending through a working smarthost fixed it.',
    entry: 'admin',
    answers: ['remote-refuses', 'blocklist', 'pbl'],
    fixNode: 'ad-pbl',
    mentions: ['smarthost'],
  },
  {
    id: 'own-users-refused-by-dnsbl',
    sources: [
      'https://github.com/baruwaproject/baruwa2/issues/107',
      'https://github.com/haraka/Haraka/issues/1241',
    ],
    situation: 'Users sending from home broadband were refused by the server’s own blocklist checks.',
    fix: 'Skipping the blocklist checks for signed-in submission fixed it.',
    entry: 'admin',
    answers: ['users-send', 'postfix', 'rbl-own-users'],
    fixNode: 'ad-pf-submission',
    mentions: ['blocklist or reverse-DNS check'],
    errorText: '554 host [14.169.41.47] is blacklisted by zen.spamhaus.org',
  },
  {
    id: 'm365-tenant-smtp-auth-off-end-user',
    sources: ['https://github.com/simonrob/email-oauth2-proxy/issues/193'],
    situation:
      'Sending through Microsoft 365 with SMTP sign-in failed: the organisation had switched it off.',
    fix: 'The organisation’s admin must allow SMTP AUTH, or the app must use the Microsoft 365 account type.',
    entry: 'end-user',
    answers: [...FIXED_IN_APP, 'other', 'external', 'on', '587-starttls', 'm365'],
    fixNode: 'eu-m365',
    mentions: ['SMTP AUTH'],
    errorText:
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  },
  {
    id: 'm365-tenant-smtp-auth-off-admin',
    sources: [
      'https://github.com/KelvinTegelaar/CIPP/issues/21',
      'https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/3124',
    ],
    situation:
      'A managed-service provider kept meeting tenants whose SMTP AUTH was off for clients that need it.',
    fix: 'Checking and enabling SMTP client authentication for the tenant or mailbox.',
    entry: 'admin',
    answers: ['users-send', 'm365', '5-7-139'],
    fixNode: 'ad-m365-smtpauth',
    mentions: ['SmtpClientAuthenticationDisabled'],
  },
  {
    id: 'm365-connector-after-ip-change',
    sources: [
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp',
      'https://github.com/MicrosoftDocs/OfficeDocs-Exchange/pull/2651',
    ],
    situation: 'Mail relayed through Microsoft 365 failed after the public IP or the certificate changed.',
    fix: 'Updating the inbound connector to the new IP or certificate fixed it.',
    entry: 'admin',
    answers: ['users-send', 'm365', '5-7-64'],
    fixNode: 'ad-m365-connector',
    mentions: ['5.7.64'],
    errorText: '550 5.7.64 TenantAttribution; Relay Access Denied SMTP',
  },
  {
    id: 'm365-direct-send-blocked-for-saas',
    sources: ['https://help.salesforce.com/s/articleView?id=005133045&language=ko&type=1'],
    situation:
      'A hosted application’s mail to its own company domain bounced once the tenant blocked direct send.',
    fix: 'IT must let that source in through a connector or switch it to another sending method.',
    entry: 'admin',
    answers: ['users-send', 'm365', '5-7-68'],
    fixNode: 'ad-m365-device',
    mentions: ['RejectDirectSend'],
    errorText:
      '550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources',
  },
  {
    id: 'project-tracker-via-m365-connector',
    sources: ['https://github.com/kontron/redmine_oauth/issues/7'],
    situation: 'A project tracker could not send through Microsoft 365 with a password.',
    fix: 'An inbound relay connector, with the tracker sending to the tenant’s MX host, fixed it.',
    entry: 'admin',
    answers: ['device', 'm365'],
    fixNode: 'ad-m365-device',
    mentions: ['SMTP relay with a connector'],
  },
  {
    id: 'antivirus-mail-shield-intercepts',
    sources: ['https://github.com/PHPMailer/PHPMailer/issues/1724'],
    situation: 'A script on a Windows PC could not send; an antivirus scanned outgoing mail.',
    fix: 'Turning off the antivirus scan of outgoing mail fixed it.',
    entry: 'admin',
    answers: ['device', 'other', 'nothing'],
    fixNode: 'ad-dev-reach',
    mentions: ['mail shield'],
    errorText: 'SMTP connect() failed',
  },
  {
    id: 'pop-before-smtp-window-expired',
    sources: [
      'http://www.techinn.net/yaf_postst27_SMTP-error-554.aspx',
      'http://www.register365.com/knowledge/email/690-error_554_relay_access_denied_.html',
    ],
    situation: 'Mail sat in the Outbox with 554 whenever the user had not checked mail recently.',
    fix: 'Checking mail first, or better, turning on sign-in for sending.',
    entry: 'end-user',
    answers: [...signsInOn587('outlook-classic'), 'yes', 'same'],
    fixNode: 'eu-pop-step',
    mentions: ['Log on to incoming mail server before sending mail'],
    // The decoder cannot tell from the text alone: a bare relay refusal does not say which server sent it.
    decoderLands: 'eu-bounce-who',
    errorText: 'Error 554: Relay Access Denied',
  },
  {
    id: 'library-ignores-credentials',
    sources: [
      'https://github.com/phalcon/incubator-mailer/pull/12',
      'https://github.com/phalcon/incubator-mailer/pull/10',
    ],
    situation: 'Applications gave a user name and password, but the mail library never signed in.',
    fix: 'Telling the library to sign in when credentials are given fixed it.',
    entry: 'admin',
    answers: ['device', 'other', 'relay-denied', 'set-to-sign-in'],
    fixNode: 'ad-dev-auth',
    mentions: ['sign in only when told to'],
  },
  {
    id: 'java-app-without-auth-property',
    sources: ['https://github.com/openboxes/openboxes/issues/60'],
    situation:
      'A Java web application’s mail to outside addresses was refused with a temporary 454 4.7.1 relay refusal by the relay service it used.',
    fix: 'Its mail settings lacked the properties that tell the mail library to sign in; adding them fixed it.',
    entry: 'admin',
    answers: ['device', 'other', 'relay-denied', 'set-to-sign-in'],
    fixNode: 'ad-dev-auth',
    mentions: ['sign in only when told to'],
    // A bare 454 reply line, as the application logged it: its own outgoing server refused at send time.
    errorText: 'SMTPAddressFailedException: 454 4.7.1 <info@example.org>: Relay access denied',
  },
  {
    id: 'upgrade-leaves-sign-in-only-on-465',
    sources: ['https://github.com/Mailu/Mailu/issues/3377'],
    situation: 'After a server upgrade Thunderbird could no longer send on 587 with STARTTLS.',
    fix: 'Switching the outgoing server to SSL/TLS on port 465 fixed it.',
    entry: 'end-user',
    answers: [...signsInOn587('thunderbird'), 'no', 'everywhere', 'works'],
    fixNode: 'eu-signin-details',
    mentions: ['The other secure port'],
  },
  {
    id: 'sending-as-alias-refused',
    sources: ['https://github.com/hardware/mailserver/issues/111'],
    situation: 'A user could receive on an alias, but sending with the alias as From was refused.',
    fix: 'Send from the mailbox, or have the admin allow the alias for that login.',
    entry: 'end-user',
    answers: [...FIXED_IN_APP, 'other', 'one-address', 'alias-refused'],
    fixNode: 'eu-ask-alias',
    mentions: ['alias'],
    errorText: '553 5.7.1 <kapoue@example.org>: Sender address rejected: not owned by user zer@example.org',
  },
  {
    id: 'sender-check-fails-for-new-self-hosted-domain',
    sources: ['https://github.com/mailcow/mailcow/issues/775'],
    situation:
      'Every message from a freshly installed self-hosted server bounced at one recipient, whose server first checked back whether the sender address existed.',
    fix: 'The sending domain lacked its standard administrative addresses; once the owner created them, the check passed and mail went through.',
    entry: 'end-user',
    answers: ['bounce', 'final', 'theirs', 'sender-verify'],
    fixNode: 'eu-sender-verify',
    mentions: ['check that your servers accept verification checks'],
    errorText:
      '550-Verification failed for <email address> 550-The mail server could not deliver mail to <email address>.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries. 550 Sender verify failed (in reply to RCPT TO command)',
  },
  {
    id: 'recipient-domain-not-added-on-its-server',
    sources: ['https://github.com/stpeter/xmppdotnet/pull/20'],
    situation:
      'A verification message to the hostmaster address of a new service kept bouncing with a relay refusal from the server that receives that domain’s mail.',
    fix: 'The recipient’s admin fixed a wrong MX record, then listed the domain explicitly on the mail server; the next attempt was delivered.',
    entry: 'end-user',
    answers: ['bounce', 'final', 'theirs', 'relay'],
    fixNode: 'eu-rcpt-relay',
    mentions: ['MX records', 'the domains their mail server accepts'],
    errorText: '554 5.7.1 <hostmaster@yax.im>: Relay access denied',
  },
  {
    id: 'thunderbird-hotmail-password-method',
    sources: ['https://github.com/thunderbird/autoconfig/issues/93'],
    situation:
      'A new Hotmail account with two-step sign-in, added to Thunderbird with the plain password method its automatic setup chose, could neither send nor receive.',
    fix: 'Switching the incoming and outgoing servers to OAuth2, so Microsoft’s own sign-in was used, made sending and receiving work.',
    entry: 'end-user',
    answers: ['on-send', 'thunderbird', 'everyone', 'still-failing', 'on', '587-starttls', 'outlook-com'],
    fixNode: 'eu-outlook-com',
    mentions: ['a Microsoft sign-in window opens', 'Thunderbird'],
  },
  {
    id: 'android-app-gmail-needs-app-password',
    sources: ['https://github.com/thunderbird/thunderbird-android/issues/5607'],
    situation:
      'An Android mail app could not send from a Gmail account set up with the normal password; Gmail answered that an application-specific password was required.',
    fix: 'The app’s maintainer pointed to Gmail’s own answer: with two-step verification on, the app must use an app password (or Google’s sign-in), not the account password.',
    entry: 'end-user',
    answers: ['on-send', 'other', 'everyone', 'still-failing', 'on', '465-tls', 'two-step'],
    fixNode: 'eu-app-password',
    mentions: ['app password', 'Google accounts no longer accept it'],
    // The decoder reads the text as a refused sign-in, and that step also says to use an app password; that the account has two-step verification is found by the questions.
    decoderLands: 'eu-auth-failed',
    errorText:
      'Application-specific password required. Learn more at https://support.google.com/mail/?p=invalidsecondfactor',
  },
  {
    id: 'home-isp-smtp-used-on-other-connection',
    sources: ['https://sadomain.co.za/knowledgebase/239/Sending-E-Mail---Relay-Access-Denied.html'],
    situation:
      'A mail app sent through the outgoing server of the user’s home internet provider and was refused relaying whenever the user was online through another company’s connection.',
    fix: 'The host’s help page: send through the email host’s own server with sign-in, which works from any connection (or through the current network’s server).',
    entry: 'end-user',
    answers: ['on-send', 'other', 'external', 'on', '587-starttls', 'other', 'no', 'some-networks'],
    fixNode: 'eu-network-block',
    mentions: ['accepts mail only from its own network'],
  },
  {
    id: 'spamhaus-open-resolver-rejects-all-inbound',
    sources: [
      'https://github.com/springcomp/self-hosted-simplelogin/issues/37',
      'https://github.com/simple-login/app/pull/2674',
    ],
    situation:
      'A self-hosted Postfix refused every incoming message as listed on Spamhaus, although the senders were not listed: its lookups went through a public resolver.',
    fix: 'Querying Spamhaus through its registered data query service (and skipping the list without a key) stopped the false refusals.',
    entry: 'admin',
    answers: ['inbound', 'postfix', 'blocklist'],
    fixNode: 'ad-dnsbl-resolver',
    mentions: ['data service for registered users', '127.255.255.0/24'],
    errorText:
      'NOQUEUE: reject: RCPT from <redacted>: 554 5.7.1 Service unavailable; Client host [redacted] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/46.38.225.230/',
  },
  {
    id: 'own-server-refused-null-sender-callout',
    sources: ['https://github.com/andris9/simplesmtp/pull/77'],
    situation:
      'A remote server bounced this server’s outgoing mail: its sender check called back and this server refused the empty sender.',
    fix: 'Letting the receiving side accept MAIL FROM with the empty sender made the callback pass.',
    entry: 'admin',
    answers: ['remote-refuses', 'sender-verify'],
    fixNode: 'ad-svf-ours',
    mentions: ['Never refuse the empty sender'],
    errorText: [
      '550-Callback setup failed while verifying xxx@xxx.xxx',
      '550-(result of an earlier callout reused).',
      '550-The initial connection, or a HELO or MAIL FROM:<> command was',
      '550-rejected.',
    ].join('\n'),
  },
  {
    id: 'spf-record-left-on-old-sending-address',
    sources: ['https://github.com/EFForg/starttls-everywhere/issues/62'],
    situation:
      'A service’s probe mail was refused by receiving servers: its domain’s SPF record still named an address from before a move, not the one it sent from.',
    fix: 'The maintainers updated the SPF record to cover the sending address.',
    entry: 'admin',
    answers: ['remote-refuses', 'spf'],
    fixNode: 'ad-sender-records',
    mentions: ['listing every server that sends for it'],
  },
  {
    id: 'sender-callout-blocks-password-reset',
    sources: ['https://github.com/jsbin/jsbin/issues/2255'],
    situation:
      'A mail server refused a website’s password-reset message because the site’s envelope sender failed the server’s sender verification.',
    fix: 'Switching sender verification off for a while let the next attempt through.',
    entry: 'admin',
    answers: ['inbound', 'other', 'sender-verify', 'relax'],
    fixNode: 'ad-svf-relax',
    mentions: ['callouts are a common source of false alarms'],
  },
  {
    id: 'workspace-relay-rule-missing-for-app',
    sources: ['https://github.com/firebase/extensions/issues/632'],
    situation:
      'A hosted app could not send through smtp-relay.gmail.com with a Workspace account’s credentials.',
    fix: 'After giving the client a real EHLO name, adding an SMTP relay service rule in the Admin console (only addresses in the domains, SMTP sign-in required) made it work.',
    entry: 'admin',
    answers: ['device', 'google'],
    fixNode: 'ad-google-relay',
    mentions: ['only addresses in your domains', 'require SMTP authentication'],
  },
  {
    id: 'personal-gmail-pointed-at-workspace-relay',
    sources: ['https://github.com/Ombi-app/Ombi/issues/1442'],
    situation:
      'A media server’s mail notifications, set up with a personal Gmail account, were refused by smtp-relay.gmail.com as coming from an unregistered domain or IP address.',
    fix: 'The relay is a Workspace service; pointing the app at smtp.gmail.com on port 587 with the same account made it work.',
    entry: 'admin',
    answers: ['device', 'google'],
    fixNode: 'ad-google-relay',
    mentions: ['personal @gmail.com account cannot use it', 'point it at smtp.gmail.com instead'],
    errorText:
      "5.7.0 Mail relay denied [98.144.108.17]. Invalid credentials for relay for one of the domains in: [192.168.1.176] (as obtained from HELO and MAIL FROM). Email is being sent from a domain or IP address which isn't registered in your G Suite account.",
  },
  {
    id: 'relay-container-client-list-ends-in-reject',
    sources: ['https://github.com/bokysan/docker-postfix/issues/225'],
    situation:
      'Clients of a Postfix relay container signed in successfully and were still turned away with Client host rejected; the image’s default client restrictions only let trusted networks through before a flat reject.',
    fix: 'Putting permit_sasl_authenticated into the client restriction list, ahead of its reject, let signed-in clients send; the maintainer changed the default the same way.',
    entry: 'admin',
    answers: [...containerPostfixLog, 'authed-refused'],
    fixNode: 'ad-pf-order',
    mentions: [
      'stops at the first rule that decides',
      'permit_sasl_authenticated before the refusal in every list that applies to the port your users reach',
    ],
    errorText: 'Client host rejected: Access denied',
  },
  {
    id: 'postfix-asks-absent-saslauthd',
    sources: ['https://github.com/docker-mailserver/docker-mailserver/issues/1049'],
    situation:
      'Thunderbird users of a container mail stack could not sign in to send: Postfix handed every password check to saslauthd, which was not listening, so each sign-in failed.',
    fix: 'Pointing Postfix’s SASL at Dovecot (type dovecot, path private/auth) in main.cf made sign-in, and sending, work.',
    entry: 'admin',
    answers: [...containerPostfixLog, 'sasl-failed'],
    fixNode: 'ad-pf-sasl',
    mentions: ['smtpd_sasl_path = private/auth and smtpd_sasl_type = dovecot are set in main.cf'],
    errorText: 'SASL authentication failure: cannot connect to saslauthd server: No such file or directory',
  },
  {
    id: 'container-restart-rotates-sql-password',
    sources: [
      'https://github.com/iredmail/dockerized/issues/101',
      'https://github.com/iredmail/dockerized/issues/123',
    ],
    situation:
      'After each restart of an all-in-one mail container, outgoing mail failed with a temporary lookup failure: the start script set a new random database password that the Postfix SQL table files never received.',
    fix: 'Fixing the database passwords in the container’s settings file, so the credentials in the Postfix lookup files stay valid, ended the failures.',
    entry: 'admin',
    answers: [...containerPostfixLog, 'lookup'],
    fixNode: 'ad-lookup-failure',
    mentions: [
      'Temporary lookup failure',
      'the credentials in the table’s .cf file still work, for example after a password change',
    ],
    errorText: '451 4.3.0 Temporary lookup failure',
  },
  {
    id: 'cpanel-587-sign-in-needs-tls-first',
    sources: [
      'https://www.catalyst2.com/knowledgebase/server-management/common-smtp-errors/',
      'https://bobcares.com/blog/how-to-fix-smtp-auth-required-for-message-submission-on-port-587-error-in-cpanel-whm/',
    ],
    situation:
      'Mail apps sending through a cPanel server on port 587 were refused; Exim logged that SMTP AUTH is required on that port, because the server only offers sign-in once the client has started TLS.',
    fix: 'Turning on SSL/TLS (STARTTLS on 587, or 465) together with sign-in in the mail apps fixed it; the server option requiring TLS before sign-in stays on.',
    entry: 'admin',
    answers: [...eximLog, 'tls-required'],
    fixNode: 'ad-cp-tls',
    mentions: [
      'this server offers sign-in only once the connection is encrypted',
      'port 587 with STARTTLS, or 465 with SSL/TLS',
    ],
    errorText: 'SMTP AUTH is required for message submission on port 587',
  },
  {
    id: 'cpanel-pop-before-smtp-helper-stopped',
    sources: ['https://www.grscripts.com/smtp.html'],
    situation:
      'On a cPanel server where users only check mail and do not sign in to send, those users could no longer send: relaying for them depends on the antirelayd helper noting their address after a POP check.',
    fix: 'The vendor’s answer: make sure the antirelayd service is running (or have users sign in to send instead).',
    entry: 'admin',
    answers: [...eximLog, 'pop-users'],
    fixNode: 'ad-pop-before-smtp',
    mentions: ['the helper is antirelayd', 'check that it is enabled'],
  },
  {
    id: 'app-greets-workspace-relay-as-localhost',
    sources: [
      'https://github.com/pivotal-cf/email-resource/issues/27',
      'https://github.com/multica-ai/multica/pull/3679',
    ],
    situation:
      'A build pipeline’s mail step, sending through smtp-relay.gmail.com, began to fail with nothing more than EOF; by hand, the relay closed the connection as soon as the client greeted as localhost.',
    fix: 'Greeting with the sender’s own domain instead of localhost made the relay accept the connection.',
    entry: 'admin',
    answers: ['device', 'google'],
    fixNode: 'ad-google-relay',
    mentions: ['not a generic name such as localhost', 'closing connection. (EHLO)'],
    errorText: '421 4.7.0 Try again later, closing connection. (EHLO) h4-v6sm68320wrq.12 - gsmtp',
  },
  {
    id: 'gmail-send-mail-as-other-server-login-wrong',
    sources: [
      'https://www.crazydomains.sydney/help/article/email-sending-error-550-please-turn-on-smtp-authentication',
    ],
    situation:
      'Mail sent from Gmail as an address at another host came back with a bounce saying the remote server was misconfigured: the host’s outgoing server wanted a login before relaying.',
    fix: 'In Gmail’s Send mail as settings, editing that address and entering the host’s outgoing server with its full user name and password fixed it.',
    entry: 'end-user',
    answers: ['bounce', 'final', 'mine', 'other', 'one-address'],
    fixNode: 'eu-from-address',
    mentions: ['Accounts and Import › Send mail as', 'edit info'],
    // The decoder cannot tell from the text alone: it reads the refusal as the app not signing in; that Gmail's Send mail as sent it is found by the questions.
    decoderLands: 'eu-auth-on',
    errorText:
      '550 Please turn on SMTP Authentication in your mail client..... is not permitted to relay through this server without authentication.',
  },
  {
    id: 'send-mail-as-domain-without-dkim-refused-by-yahoo',
    sources: ['https://github.com/forwardemail/status.forwardemail.net/issues/866'],
    situation:
      'People sending from a forwarded custom domain through Gmail’s free Send mail as got bounces from Yahoo and AOL saying the sender was unauthenticated.',
    fix: 'The forwarding service said the domain needed DKIM set up (or its own outgoing server used instead); the domain owner adds the DKIM record.',
    entry: 'end-user',
    answers: ['bounce', 'final', 'theirs', 'spf'],
    fixNode: 'eu-sender-auth-records',
    mentions: ['SPF, DKIM and DMARC', 'Whoever runs your domain'],
    errorText:
      '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
  },
  {
    id: 'pop-before-smtp-phone-changing-networks',
    sources: [
      'https://support.thegigabit.com/en/knowledgebase/article/how-to-correct-554-5-7-1-relay-access-denied-email-errors-and-prevent-them-in-the-future',
    ],
    situation:
      'A provider that allowed sending after a mail check (POP-before-SMTP) saw phones refused now and then: moving between hotspots or losing coverage gave them a new IP address.',
    fix: 'Switching the device to SMTP authentication instead of relying on the earlier mail check stopped the refusals.',
    entry: 'end-user',
    // Outlook's "Log on to incoming mail server before sending" sits under the sign-in setting, so the person reads sign-in as on.
    answers: ['on-send', 'other', 'external', 'on', '587-starttls', 'other', 'yes', 'changes'],
    fixNode: 'eu-mobile-pop',
    mentions: ['gets a new address', 'Signing in to send works from any network'],
    // The decoder cannot tell from the text alone: a bare relay refusal does not say which server sent it.
    decoderLands: 'eu-bounce-who',
    errorText: '554 5.7.1 Relay access denied',
  },
  {
    id: 'exim-relay-hosts-missing-ipv6-localhost',
    sources: ['https://github.com/madeITBelgium/vesta/pull/80'],
    situation:
      'On a hosting panel running Exim, mail handed over by the server itself on the IPv6 loopback address was refused with relay not permitted.',
    fix: 'Adding the IPv6 localhost address to relay_from_hosts, next to the IPv4 one, stopped the refusals; the panel maintainer merged the change.',
    entry: 'admin',
    answers: [...eximLog, 'relay-no-auth'],
    fixNode: 'ad-exim-auth',
    mentions: ['relay_from_hosts'],
    errorText: 'rejected RCPT <>: relay not permitted',
  },
  {
    id: 'dovecot-stopped-by-unknown-setting',
    sources: [
      'https://github.com/LukeSmithxyz/emailwiz/issues/129',
      'https://github.com/LukeSmithxyz/emailwiz/issues/111',
      'https://github.com/LukeSmithxyz/emailwiz/issues/120',
    ],
    situation:
      'On a freshly scripted server, every mail app’s sign-in to send failed, and Postfix logged that Dovecot’s sign-in socket did not exist: Dovecot had never started.',
    fix: 'Dovecot’s configuration used settings its older version did not know; removing or replacing those lines let Dovecot start, and sign-in worked.',
    entry: 'admin',
    answers: ['users-send', 'postfix', 'sasl-failed'],
    fixNode: 'ad-pf-sasl',
    mentions: ['Dovecot may not be running at all', 'doveconf -n'],
    errorText: 'warning: SASL: Connect to private/auth failed: No such file or directory',
  },
  {
    id: 'new-server-domain-lacks-postmaster',
    sources: ['https://github.com/mailcow/mailcow/issues/775'],
    situation:
      'The admin of a freshly installed self-hosted server saw its mail bounce at one recipient, whose server first checked back whether the sender’s domain accepted mail.',
    fix: 'Creating the domain’s standard administrative addresses made the check pass (the user side of the same report is sender-check-fails-for-new-self-hosted-domain).',
    entry: 'admin',
    answers: ['remote-refuses', 'sender-verify'],
    fixNode: 'ad-svf-ours',
    mentions: ['postmaster@ your domain'],
  },
]
