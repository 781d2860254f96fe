import type { Plugin } from 'vite'

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read it as a comment): compile
 * every function of the script while it streams in, on a background thread, instead of each one on
 * the main thread at its first call. Without it, the first answer on a slow phone spends a good part
 * of its time compiling the code of React's updates and the router's navigation.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * Puts the hint at the top of every JavaScript chunk of the build. Every chunk qualifies: the entry
 * runs at once, and a lazy chunk is fetched only for the screen about to show, which then runs it.
 * It goes in as the bundle is written, after minification (which would strip it as a comment) and
 * after Vite's own additions at the top of a chunk, so it is each file's first line.
 */
export function compileHints(): Plugin {
  return {
    name: 'relay-doctor:compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle))
          if (file.type === 'chunk' && !file.code.startsWith(COMPILE_HINT))
            file.code = `${COMPILE_HINT}\n${file.code}`
      },
    },
  }
}
