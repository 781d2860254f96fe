import type { DragEvent, RefObject } from 'react'
import { useId, useState } from 'react'
import type { MessageKey } from '@/config/messages.ts'
import { useT } from '@/store/locale-store.ts'
import { MAX_PASTE, MAX_PASTE_MB, pasteStore, usePaste } from '@/store/paste-store.ts'
import { inputClass, primaryButton } from '@/ui/styles.ts'
import { useHydrated } from '@/ui/use-hydrated.ts'

async function readFile(
  file: File,
): Promise<{ ok: true; text: string } | { ok: false; problem: MessageKey }> {
  if (file.size > MAX_PASTE) return { ok: false, problem: 'paste.tooBig' }
  try {
    return { ok: true, text: await file.text() }
  } catch {
    return { ok: false, problem: 'paste.fileUnreadable' }
  }
}

/**
 * The paste box: text, a chosen .eml file, or a file dropped on the box. What is entered stays in this
 * tab's storage (never the URL); `onRead` runs when the user asks to read it.
 */
export function PasteForm({
  onRead,
  onEmpty,
  headingLevel = 2,
  headingRef,
}: {
  onRead: () => void
  /** The user asked to read an empty or blank paste: nothing is decoded, and an earlier result is stale. */
  onEmpty?: () => void
  headingLevel?: 1 | 2
  headingRef?: RefObject<HTMLHeadingElement | null>
}) {
  const t = useT()
  const id = useId()
  const text = usePaste((s) => s.text)
  const fileName = usePaste((s) => s.fileName)
  const saved = usePaste((s) => s.saved)
  const [problem, setProblem] = useState<MessageKey | null>(null)

  const load = async (file: File | undefined) => {
    if (!file) return
    const result = await readFile(file)
    const refused = !result.ok
      ? result.problem
      : result.text.trim() === ''
        ? 'paste.emptyFile'
        : pasteStore.getState().set(result.text, file.name)
          ? null
          : 'paste.tooBig'
    setProblem(refused)
    if (refused === 'paste.emptyFile') onEmpty?.()
    if (!refused) onRead()
  }
  const onDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    const file = event.dataTransfer.files[0]
    if (!file) return
    event.preventDefault()
    void load(file)
  }
  const onSubmit = (event: { preventDefault: () => void }) => {
    event.preventDefault()
    if (text.trim() === '') {
      setProblem('paste.empty')
      onEmpty?.()
      return
    }
    setProblem(null)
    onRead()
  }
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  const hydrated = useHydrated()

  return (
    <form className="space-y-3" onSubmit={onSubmit} aria-labelledby={`${id}-title`} noValidate>
      <Heading
        id={`${id}-title`}
        ref={headingRef}
        tabIndex={headingRef ? -1 : undefined}
        className={headingLevel === 1 ? 'text-3xl font-bold outline-none' : 'text-xl font-semibold'}
      >
        {t('paste.title')}
      </Heading>
      <p>{t('paste.lead')}</p>
      <label htmlFor={`${id}-text`} className="block font-medium">
        {t('paste.label')}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700 dark:text-slate-300">
        {t('paste.hint')} {t('paste.drop')}
      </p>
      <textarea
        id={`${id}-text`}
        disabled={!hydrated}
        className={`${inputClass} min-h-32 font-mono text-sm`}
        value={text}
        spellCheck={false}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-invalid={problem === 'paste.empty'}
        onChange={(event) => {
          // Over the limit the text is refused whole (the box keeps what it had), never cut.
          setProblem(pasteStore.getState().set(event.target.value) ? null : 'paste.tooBig')
        }}
        onDragOver={(event) => {
          if (event.dataTransfer.types.includes('Files')) event.preventDefault()
        }}
        onDrop={onDrop}
      />
      <div className="space-y-1">
        <label htmlFor={`${id}-file`} className="block font-medium">
          {t('paste.file')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          disabled={!hydrated}
          accept=".eml,message/rfc822,text/plain"
          className="block w-full text-base file:mr-3 file:rounded-lg file:border file:border-slate-400 file:bg-white file:px-3 file:py-2 file:text-slate-900 dark:file:bg-slate-900 dark:file:text-slate-100"
          onChange={(event) => {
            void load(event.target.files?.[0])
            event.target.value = ''
          }}
        />
      </div>
      <p id={`${id}-status`} role="status" className="text-base">
        {problem
          ? t(problem, { mb: MAX_PASTE_MB })
          : !saved
            ? t('paste.notSaved')
            : fileName
              ? t('paste.fileLoaded', { name: fileName })
              : ''}
      </p>
      <button type="submit" className={primaryButton} disabled={!hydrated}>
        {t('paste.submit')}
      </button>
    </form>
  )
}
