import type { ProviderFile } from './read-provider-file.ts'

const PREFIX = 'Relay Doctor: provider.json'

/** Tells the host (in the browser console) what went wrong; the end user only sees the neutral wording. */
export async function reportToHost(file: ProviderFile): Promise<void> {
  if (file.kind === 'absent') {
    // An HTML answer is what a host with an "index.html for every path" fallback sends for a missing
    // file: the normal "no file" case on such hosts, so a note rather than a warning.
    if (file.why === 'html')
      console.info(`${PREFIX} was answered with an HTML page; the neutral wording is used.`)
    return
  }
  if (file.kind === 'unavailable') {
    console.warn(`${PREFIX} could not be loaded (${file.why}); the neutral wording is used.`)
    return
  }
  const { result } = file
  if (result.problemCount === 0) return
  // The wording is loaded only now: a host without problems never downloads it.
  const { problemCountText, problemLines } = await import('@/config/describe-provider-problems.ts')
  console.warn(
    [
      `${PREFIX} has ${problemCountText(result)}. Each setting with a problem was ignored and its neutral default used; the other settings are in use.`,
      ...problemLines(result).map((line) => `  - ${line}`),
      'Check the file with: npm run config:check -- provider.json',
    ].join('\n'),
  )
}
