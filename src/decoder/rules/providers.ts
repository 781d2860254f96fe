/**
 * Whose own wording a provider rule reads (`Rule.provider`). The rules live in the file of their reason;
 * this list says what each provider's wording is, and `rule-table.ts` tries the providers' rules in the
 * order given there.
 */
export const PROVIDERS = {
  kddi: 'KDDI / au (ezweb.ne.jp): whether the address is quoted tells an unknown user from a filter.',
  nttdocomo: 'NTT DOCOMO answers "Unknown user" for filtered mail too; the refused step tells which.',
  tencent: 'Tencent QQ Mail.',
  'orange-laposte':
    'Orange (orange.fr, wanadoo.fr) and La Poste (laposte.net): each refusal carries a numbered label.',
  'cable-isp': 'Cox and Spectrum (Charter) append an "AUP#" code that names the case.',
  godaddy: 'GoDaddy\'s inbound servers append an "IBnnn" code.',
  'outlook-com': 'Microsoft consumer mail (hotmail.com / outlook.com).',
  yahoo: 'Yahoo Inc. (yahoodns.net MX hosts).',
  aol: "AOL's outbound relays report DNS failures for the recipient domain.",
  messagelabs: 'Broadcom (Symantec) Email Security.cloud, formerly MessageLabs.',
  mimecast: 'Mimecast policies name themselves in the reply.',
  facebook: 'Facebook\'s mail servers name the case with an "RCP-Pn" code.',
  'mta-tables':
    'Wording that an MTA\'s own bounce format ties to one reason whatever the SMTP step (Sisimai\'s "lhost" tables): Exchange 2003 error codes, Lotus Domino / Notes, Ipswitch IMail and Verizon.',
  microsoft: 'Microsoft 365 / Exchange Online and Exchange Server wording.',
  google: 'Google Workspace SMTP relay service and Gmail.',
} as const

export type Provider = keyof typeof PROVIDERS

/** Orange / La Poste error labels such as "LPN007_416" or "OFR_506": the last three digits name the case. */
export function francePtt(codes: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:LPN|OFR|OUK)[A-Z]{0,3}\d{0,3}_?(?:${codes.join('|')})\b`, 'i')
}
