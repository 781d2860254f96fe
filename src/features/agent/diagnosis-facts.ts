// The decoder's wording for reasons and sides joins the message table with the agent view.
import '@/config/messages-decode.ts'
import type { MessageKey } from '@/config/messages.ts'
import type { Diagnosis } from '@/decoder/types.ts'

type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string

/** A diagnosis as short fact lines for the agent: codes, final or temporary, who refused, why, for whom. */
export function diagnosisFacts(t: Translate, diagnosis: Diagnosis): string[] {
  const recipient = diagnosis.recipient
    ? [t('agent.error.recipient', { recipient: diagnosis.recipient })]
    : []
  if (!diagnosis.recognised) return [...recipient, t('agent.error.unrecognised')]
  const codes = [diagnosis.replyCode, diagnosis.enhancedStatus].filter((code) => code !== null).join(' ')
  const permanence =
    diagnosis.permanent === null
      ? t('decode.summary.unknownPermanence')
      : t(diagnosis.permanent ? 'decode.summary.permanent' : 'decode.summary.temporary')
  const side = diagnosis.remoteMta
    ? t('decode.summary.host', { host: diagnosis.remoteMta })
    : t(`decode.summary.${diagnosis.side}`)
  return [
    ...recipient,
    [codes, permanence, side].filter((part) => part !== '').join(', '),
    t(`decode.reason.${diagnosis.reason}` as MessageKey),
  ]
}
