import type { Theme } from '@/lib/theme.ts'

/**
 * What a provider embedding Relay Doctor can set. Every field has a neutral default so the text
 * reads naturally for anyone ("your provider's outgoing server").
 */
export type ProviderConfig = {
  /** Shown in sentences such as "Ask {providerName} to …". */
  readonly name: string | null
  readonly outgoingServer: string | null
  readonly submissionPort: number
  readonly implicitTlsPort: number
  readonly supportEmail: string | null
  readonly supportUrl: string | null
  readonly offersSmtpAuth: boolean | null
  readonly offersPopBeforeSmtp: boolean | null
  /** Brand: accent colour, corner radius, font, light/dark mode, logo. */
  readonly theme: Theme
  /** The host pages (as origins, `https://help.example.com`) that may embed Relay Doctor and talk to it. */
  readonly embedOrigins: readonly string[]
  /** Whether the frame tells the host page about steps and outcomes (`ready` and `resize` always go). */
  readonly embedEvents: boolean
}

export const DEFAULT_PROVIDER: ProviderConfig = {
  name: null,
  outgoingServer: null,
  submissionPort: 587,
  implicitTlsPort: 465,
  supportEmail: null,
  supportUrl: null,
  offersSmtpAuth: null,
  offersPopBeforeSmtp: null,
  theme: {},
  embedOrigins: [],
  embedEvents: false,
}
