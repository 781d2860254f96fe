import type { Text } from '@/engine/text.ts'
import { useInlineText } from './use-text.ts'

/** Tree text with its `**strong**` and `` `code` `` spans, always rendered as text nodes. */
export function RichText({ text }: { text: Text }) {
  const segmentsOf = useInlineText()
  return (
    <>
      {segmentsOf(text).map((segment, index) => {
        const key = `${String(index)}-${segment.kind}`
        if (segment.kind === 'strong')
          return (
            <strong key={key} className="font-semibold">
              {segment.value}
            </strong>
          )
        if (segment.kind === 'code')
          return (
            <code key={key} className="rounded bg-slate-100 px-1 font-mono text-[0.95em] dark:bg-slate-800">
              {segment.value}
            </code>
          )
        return <span key={key}>{segment.value}</span>
      })}
    </>
  )
}
