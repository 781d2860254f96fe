import '@/config/messages-wizard.ts'
import type { Block } from '@/engine/content.ts'
import { visibleBlocks } from '@/engine/content.ts'
import type { Facts } from '@/engine/types.ts'
import { assertNever } from '@/lib/assert-never.ts'
import { useT } from '@/store/locale-store.ts'
import { Callout } from '@/ui/callout.tsx'
import { CopyButton } from '@/ui/copy-button.tsx'
import { textLink } from '@/ui/styles.ts'
import { BlocklistLookup } from './blocklist-lookup.tsx'
import { RichText } from './rich-text.tsx'
import { useText } from './use-text.ts'

function CodeBlock({ block }: { block: Extract<Block, { kind: 'code' }> }) {
  const t = useT()
  const resolve = useText()
  const caption = resolve(block.caption)
  return (
    <figure className="space-y-2">
      <figcaption className="flex flex-wrap items-center justify-between gap-2">
        <span>
          <RichText text={block.caption} />
        </span>
        <CopyButton
          text={block.code}
          labels={{
            copy: t('block.copy'),
            copied: t('block.copied'),
            failed: t('block.copyFailed'),
            accessibleName: t('block.copyLabel', { caption }),
          }}
        />
      </figcaption>
      <pre
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable code block must be reachable by keyboard
        tabIndex={0}
        className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-sm text-slate-50 dark:bg-black"
      >
        <code>{block.code}</code>
      </pre>
    </figure>
  )
}

function BlockView({ block }: { block: Block }) {
  const t = useT()
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <RichText text={block.text} />
        </p>
      )
    case 'steps':
      return (
        <ol className="list-decimal space-y-2 pl-6 marker:font-semibold">
          {block.items.map((item) => (
            <li key={item.en}>
              <RichText text={item} />
            </li>
          ))}
        </ol>
      )
    case 'bullets':
      return (
        <ul className="list-disc space-y-2 pl-6">
          {block.items.map((item) => (
            <li key={item.en}>
              <RichText text={item} />
            </li>
          ))}
        </ul>
      )
    case 'code':
      return <CodeBlock block={block} />
    case 'warning':
      return (
        <Callout tone="warning" label={t('block.warning')}>
          <RichText text={block.text} />
        </Callout>
      )
    case 'tip':
      return (
        <Callout tone="tip" label={t('block.tip')}>
          <RichText text={block.text} />
        </Callout>
      )
    case 'link':
      return (
        <p>
          <a className={textLink} href={block.href} target="_blank" rel="noopener noreferrer">
            <RichText text={block.text} /> <span className="sr-only">{t('block.external')}</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        </p>
      )
    case 'blocklist-lookup':
      return <BlocklistLookup text={block.text} />
    default:
      return assertNever(block)
  }
}

/** A node's rich content, showing only the blocks that apply to the facts collected so far. */
export function Blocks({ blocks, facts }: { blocks: readonly Block[]; facts: Facts }) {
  return (
    <div className="space-y-4 text-lg leading-relaxed">
      {visibleBlocks(blocks, facts).map((block, index) => (
        <BlockView key={`${String(index)}-${block.kind}`} block={block} />
      ))}
    </div>
  )
}
