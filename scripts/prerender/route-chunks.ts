import { posix } from 'node:path'
import type { Rollup } from 'vite'
import type { BootManifest } from './boot.ts'

function entryOf(bundle: Rollup.OutputBundle, fromDir: string): string {
  const entries = Object.values(bundle).filter(
    (item): item is Rollup.OutputChunk => item.type === 'chunk' && item.isEntry,
  )
  if (entries.length !== 1 || !entries[0])
    throw new Error(`prerender: expected one entry chunk, found ${String(entries.length)}`)
  return posix.relative(fromDir, entries[0].fileName)
}

/**
 * The chunk a lazy route module was built into, plus every chunk it imports statically, minus the
 * entry (index.html already loads it). Paths are relative to `fromDir`, where the boot script lives.
 */
function chunksOf(bundle: Rollup.OutputBundle, moduleSuffix: string, fromDir: string): string[] {
  const chunks = Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk')
  const route = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleSuffix))
  if (!route) throw new Error(`prerender: no chunk for ${moduleSuffix}; the boot manifest would be empty`)
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const found = new Set<string>()
  const visit = (chunk: Rollup.OutputChunk) => {
    if (chunk.isEntry || found.has(chunk.fileName)) return
    found.add(chunk.fileName)
    for (const name of chunk.imports) {
      const imported = byName.get(name)
      if (imported) visit(imported)
    }
  }
  visit(route)
  return [...found].map((file) => posix.relative(fromDir, file))
}

/** The entry module, which chunks each deep link needs, and where the decode screen waits, for the boot script. */
export function bootManifest(
  bundle: Rollup.OutputBundle,
  fromDir: string,
): Omit<BootManifest, 'stepScreens'> {
  const walk = chunksOf(bundle, '/src/app/routes/walk.tsx', fromDir)
  return {
    main: entryOf(bundle, fromDir),
    walk,
    decode: chunksOf(bundle, '/src/app/routes/decode.tsx', fromDir),
    agent: chunksOf(bundle, '/src/app/routes/agent.tsx', fromDir),
    // A start link replaces itself with a walk at once.
    start: [...new Set([...chunksOf(bundle, '/src/app/routes/start.tsx', fromDir), ...walk])],
    decodeScreen: 'prerendered-decode',
  }
}
