import type { ProviderConfig } from './provider.ts'

/** Values for the `{placeholders}` in tree text. */
export function placeholderValues(config: ProviderConfig): Record<PlaceholderName, string> {
  return {
    providerName: config.name ?? 'your email provider',
    outgoingServer: config.outgoingServer ?? "your provider's outgoing (SMTP) server name",
    submissionPort: String(config.submissionPort),
    implicitTlsPort: String(config.implicitTlsPort),
    supportContact: config.supportEmail ?? config.supportUrl ?? "your provider's support team",
  }
}

export const PLACEHOLDER_NAMES = [
  'providerName',
  'outgoingServer',
  'submissionPort',
  'implicitTlsPort',
  'supportContact',
] as const
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number]

const yesNo = (value: boolean | null) => (value === null ? 'unknown' : value ? 'yes' : 'no')

/** What the provider config says, as facts that tree content can test with `when`. */
export function providerFacts(config: ProviderConfig): Record<string, string> {
  return {
    providerSmtpAuth: yesNo(config.offersSmtpAuth),
    providerPopBeforeSmtp: yesNo(config.offersPopBeforeSmtp),
  }
}
