// The message's strings join the message table when its code loads.
import '@/config/messages-letter.ts'
import { useEffect } from 'react'
import type { MessageKey } from '@/config/messages.ts'
import { factLines } from '@/engine/facts.ts'
import type { OutcomeNode } from '@/engine/types.ts'
import type { Walk } from '@/engine/walk.ts'
import { factsOf, trailAnswers } from '@/engine/walk.ts'
import { useT } from '@/store/locale-store.ts'
import type { MessageDraft } from '@/store/message-draft-store.ts'
import { messageDraftStore, useMessageDraft } from '@/store/message-draft-store.ts'
import { useProvider } from '@/store/provider-store.ts'
import { FACTS } from '@/trees/facts.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { CopyButton } from '@/ui/copy-button.tsx'
import { Field } from '@/ui/field.tsx'
import { inFrame } from '@/ui/in-frame.ts'
import { inputClass, secondaryButton } from '@/ui/styles.ts'
import { useText } from '../use-text.ts'
import { ClearEntered } from './clear-entered.tsx'
import type { HandoverVerdict } from './compose-message.ts'
import {
  composeMessage,
  describeNow,
  mailtoHref,
  NETWORK_FACTS,
  networkFromFacts,
} from './compose-message.ts'

const NETWORKS = ['wifi', 'public-wifi', 'mobile', 'vpn'] as const
const update = (change: Partial<MessageDraft>) => {
  messageDraftStore.getState().update(change)
}

/** The ready-to-send message on a handover outcome: fields, an editable text, copy, mail app and print. */
export function MessagePanel({
  walk,
  node,
}: {
  walk: Walk<NodeId>
  node: OutcomeNode & { verdict: HandoverVerdict }
}) {
  const t = useT()
  const resolve = useText()
  const config = useProvider((s) => s.config)
  const draft = useMessageDraft((s) => s)

  useEffect(() => {
    const current = messageDraftStore.getState()
    if (current.when === '')
      update({ when: describeNow(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone) })
    if (current.outgoingServer === '' && config.outgoingServer)
      update({ outgoingServer: config.outgoingServer })
  }, [config.outgoingServer])

  const walkFacts = factsOf(tree, walk)
  const networkFromAnswers = networkFromFacts(walkFacts, resolve)
  const facts = factLines(FACTS, walkFacts)
    .filter((f) => !NETWORK_FACTS.includes(f.key))
    .map((f) => ({ label: resolve(f.label), value: resolve(f.value) }))
  const tried = trailAnswers(tree, walk)
    .filter((step) => step.nodeData.kind === 'step')
    .map((step) => resolve(step.nodeData.title))
  const composed = composeMessage(t, {
    verdict: node.verdict,
    draft,
    facts,
    tried,
    ask: node.ask ? resolve(node.ask) : '',
    networkLabel: draft.network ? t(`message.network.${draft.network}` as MessageKey) : '',
    networkFromAnswers,
  })
  const body = draft.edited ?? composed.body
  const address = node.verdict === 'contact-provider' ? config.supportEmail : null
  const to = t(`message.to.${node.verdict}`)

  const text = (
    key: Exclude<keyof MessageDraft, 'edited' | 'errorText' | 'network'>,
    labelKey: MessageKey,
    type = 'text',
  ) => (
    <Field label={t(labelKey)}>
      {({ id }) => (
        <input
          id={id}
          type={type}
          className={inputClass}
          value={draft[key]}
          autoComplete="off"
          onChange={(e) => {
            update({ [key]: e.target.value.slice(0, 320) })
          }}
        />
      )}
    </Field>
  )

  return (
    <section
      aria-labelledby="message-heading"
      className="print-area space-y-5 rounded-xl border-2 border-slate-300 p-4 dark:border-slate-600"
    >
      <h2 id="message-heading" className="text-2xl font-semibold">
        {t('message.title', { to })}
      </h2>
      <p className="print:hidden">{t('message.intro')}</p>
      <div className="space-y-4 print:hidden">
        <Field label={t('message.field.errorText')} hint={t('message.field.errorTextHint')}>
          {({ id, describedBy }) => (
            <textarea
              id={id}
              aria-describedby={describedBy}
              className={`${inputClass} min-h-28 font-mono text-sm`}
              value={draft.errorText}
              spellCheck={false}
              onChange={(e) => {
                update({ errorText: e.target.value.slice(0, 20_000) })
              }}
            />
          )}
        </Field>
        {text('when', 'message.field.when')}
        {text('sender', 'message.field.sender', 'email')}
        {text('recipientDomain', 'message.field.recipientDomain')}
        {text('outgoingServer', 'message.field.outgoingServer')}
        <Field label={t('message.field.network')}>
          {({ id }) => (
            <select
              id={id}
              className={inputClass}
              value={draft.network}
              onChange={(e) => {
                update({ network: e.target.value })
              }}
            >
              <option value="">
                {networkFromAnswers
                  ? t('message.network.fromAnswers', { network: networkFromAnswers })
                  : t('message.network.unknown')}
              </option>
              {NETWORKS.map((n) => (
                <option key={n} value={n}>
                  {t(`message.network.${n}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('message.preview')}
          hint={draft.edited === null ? undefined : t('message.editedNote')}
        >
          {({ id, describedBy }) => (
            <textarea
              id={id}
              aria-describedby={describedBy}
              className={`${inputClass} min-h-72 font-mono text-sm`}
              value={body}
              onChange={(e) => {
                update({ edited: e.target.value.slice(0, 40_000) })
              }}
            />
          )}
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <CopyButton
            text={`${composed.subject}\n\n${body}`}
            labels={{
              copy: t('message.copy'),
              copied: t('message.copied'),
              failed: t('message.copyFailed'),
              accessibleName: t('message.copy'),
            }}
          />
          {/* In a portal's frame, mailto: goes to a new window: navigating the frame itself to it
              would be blocked by the portal's CSP (frame-src). The sandbox lets that window escape. */}
          <a
            className={secondaryButton}
            href={mailtoHref(address, composed.subject, body)}
            {...(inFrame() ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          >
            {address ? t('message.mailtoTo', { address }) : t('message.mailto')}
          </a>
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              window.print()
            }}
          >
            {t('message.print')}
          </button>
          {draft.edited !== null && (
            <button
              type="button"
              className={secondaryButton}
              onClick={() => {
                update({ edited: null })
              }}
            >
              {t('message.reset')}
            </button>
          )}
        </div>
      </div>
      <ClearEntered />
      <div className="hidden print:block">
        <p className="font-semibold">{composed.subject}</p>
        <pre className="whitespace-pre-wrap font-sans">{body}</pre>
      </div>
    </section>
  )
}
