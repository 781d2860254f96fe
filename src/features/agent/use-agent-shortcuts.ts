import { useEffect, useRef } from 'react'
import { useAgentCall } from '@/store/agent-call-store.ts'
import type { AgentAction } from './shortcut-keys.ts'
import { actionForKey, isTypingTarget } from './shortcut-keys.ts'

/** Listens for the agent view's shortcuts; quiet while a dialog is open or the agent is typing. */
export function useAgentShortcuts(onAction: (action: AgentAction) => void): void {
  const singleKeysOn = useAgentCall((s) => s.shortcutsOn)
  const latest = useRef(onAction)
  useEffect(() => {
    latest.current = onAction
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return
      const action = actionForKey(
        {
          key: event.key,
          altKey: event.altKey,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          typing: isTypingTarget(event.target),
        },
        singleKeysOn,
      )
      if (!action) return
      event.preventDefault()
      latest.current(action)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [singleKeysOn])
}
