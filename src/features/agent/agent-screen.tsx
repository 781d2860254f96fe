// The agent view's strings join the message table when its code loads.
import '@/config/messages-agent.ts'
import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '@/config/paths.ts'
import type { Walk } from '@/engine/walk.ts'
import { answersAt, back, choose, restart } from '@/engine/walk.ts'
import { agentCallStore, useAgentCall } from '@/store/agent-call-store.ts'
import { useT } from '@/store/locale-store.ts'
import { ENTRIES } from '@/trees/entries.ts'
import type { NodeId } from '@/trees/tree.ts'
import { tree } from '@/trees/tree.ts'
import { whenIdle } from '@/ui/when-idle.ts'
import { writeClipboard } from '@/ui/write-clipboard.ts'
import { agentHref } from './agent-href.ts'
import { AgentStart } from './agent-start.tsx'
import { AgentToolbar } from './agent-toolbar.tsx'
import { AgentTrail } from './agent-trail.tsx'
import { CallerAppSteps } from './caller-app-steps.tsx'
import { CallerScreenDialog } from './caller-screen-dialog.tsx'
import { CurrentNode } from './current-node.tsx'
import { EndCallDialog } from './end-call-dialog.tsx'
import { ENTRY_IDS } from './entry-ids.ts'
import { ErrorPanel } from './error-panel.tsx'
import { NoteField } from './note-field.tsx'
import type { AgentAction } from './shortcut-keys.ts'
import { ShortcutsDialog } from './shortcuts-dialog.tsx'
import { StepCodePanel } from './step-code-panel.tsx'
import { SummaryDialog } from './summary-dialog.tsx'
import { useAgentShortcuts } from './use-agent-shortcuts.ts'
import { useErrorReading } from './use-error-reading.ts'
import { usePlainText } from './use-plain-text.ts'
import { useSummary } from './use-summary.ts'

export type AgentDialogName = 'help' | 'caller' | 'summary' | 'end-call'

/** The helpdesk agent's view of a walk (or of a fresh call when `walk` is null): dense, keyboard-first. */
export function AgentScreen({ walk }: { walk: Walk<NodeId> | null }) {
  const t = useT()
  const resolve = usePlainText()
  const navigate = useNavigate()
  const { reading, read, forget } = useErrorReading()
  const summaryOf = useSummary(walk, reading)
  const [dialog, setDialog] = useState<AgentDialogName | null>(null)
  const [summary, setSummary] = useState<{ text: string; markdown: string } | null>(null)
  const [message, setMessage] = useState('')
  const keysOn = useAgentCall((s) => s.shortcutsOn)
  const node = walk ? tree.nodes[walk.current] : null
  const title = node ? resolve(node.title) : t('agent.title')

  useEffect(() => {
    whenIdle(() => {
      document.title = `${title} · ${t('agent.title')} · ${t('app.name')}`
    })
  }, [title, t])

  const go = (next: Walk<NodeId>) => {
    setMessage('')
    void navigate(agentHref(next))
  }
  const copy = (format: 'text' | 'markdown') => {
    const { text, markdown } = summaryOf()
    void writeClipboard(format === 'text' ? text : markdown).then((ok) => {
      setMessage(ok ? t(format === 'text' ? 'agent.copied' : 'agent.copiedMarkdown') : t('agent.copyFailed'))
    })
  }
  const act = (action: AgentAction) => {
    switch (action.kind) {
      case 'answer': {
        if (!walk) {
          const entry = ENTRY_IDS[action.index]
          if (entry) void navigate(paths.agent.href(ENTRIES[entry]))
          return
        }
        const answer = answersAt(tree, walk)[action.index]
        const result = answer ? choose(tree, walk, answer.key) : null
        if (result?.ok) go(result.walk)
        return
      }
      case 'back':
        if (walk && walk.trail.length > 0) go(back(walk))
        return
      case 'start-over':
        if (walk) go(restart(walk))
        return
      case 'copy':
        copy(action.format)
        return
      case 'caller':
        if (walk) setDialog('caller')
        return
      case 'help':
        setDialog('help')
        return
    }
  }
  useAgentShortcuts(act)

  const endCall = () => {
    agentCallStore.getState().clear()
    forget()
    setDialog(null)
    void navigate(paths.agent.href())
    setMessage(t('agent.endCall.done'))
  }

  return (
    <div className="relative left-1/2 grid w-[min(80rem,calc(100vw-2rem))] -translate-x-1/2 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-6">
        {walk ? (
          <CurrentNode
            walk={walk}
            onChoose={(key) => {
              const result = choose(tree, walk, key)
              if (result.ok) go(result.walk)
            }}
          />
        ) : (
          <AgentStart />
        )}
        <p role="status" className="min-h-6 font-medium">
          {message}
        </p>
        <p aria-live="polite" className="sr-only">
          {node ? t('agent.announceStep', { kind: t(`agent.kind.${node.kind}`), title }) : ''}
        </p>
        <AgentToolbar
          walk={walk}
          keysOn={keysOn}
          onAction={act}
          onShowSummary={() => {
            setSummary(summaryOf())
          }}
          onEndCall={() => {
            setDialog('end-call')
          }}
        />
        {walk && <NoteField key={walk.current} node={walk.current} />}
        {walk && <AgentTrail walk={walk} />}
      </div>
      <div className="space-y-6">
        {walk && <CallerAppSteps walk={walk} />}
        <StepCodePanel walk={walk} />
        <ErrorPanel reading={reading} read={read} />
      </div>
      <ShortcutsDialog
        open={dialog === 'help'}
        onClose={() => {
          setDialog(null)
        }}
      />
      {walk && (
        <CallerScreenDialog
          walk={walk}
          open={dialog === 'caller'}
          onClose={() => {
            setDialog(null)
          }}
        />
      )}
      <SummaryDialog
        summary={summary}
        onClose={() => {
          setSummary(null)
        }}
      />
      <EndCallDialog
        open={dialog === 'end-call'}
        onClose={() => {
          setDialog(null)
        }}
        onConfirm={endCall}
      />
    </div>
  )
}
