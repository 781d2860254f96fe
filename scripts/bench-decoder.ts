/**
 * Prints the decoder's timings. Figures only: nothing here asserts a time, but it exits non-zero when a
 * measured decode did not return a diagnosis (so it can never time nothing).
 *   typical:     median time on a typical bounce and on large pastes, per-MB cost at 256 KB / 1 MB / 4 MB
 *   adversarial: per-MB cost of pastes built to make patterns backtrack, at 64 KB / 256 KB / 1 MB / 4 MB,
 *                as wall clock and as this process's CPU time (the figure a busy shared machine distorts least)
 * Usage: npx tsx scripts/bench-decoder.ts [--typical | --adversarial]   (both when no option is given)
 */
import { decodeText } from '../src/decoder/decode.ts'
import { ADVERSARIAL_FAMILIES, adversarialText } from '../src/decoder/fixtures/adversarial.ts'

const BOUNCE = `This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<bob@example.net>: host mx1.example.net[192.0.2.25] said: 554 5.7.1
    <bob@example.net>: Relay access denied (in reply to RCPT TO command)

Reporting-MTA: dns; mail.example.com
Final-Recipient: rfc822; bob@example.net
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx1.example.net
Diagnostic-Code: smtp; 554 5.7.1 <bob@example.net>: Relay access denied
`

const LOG_LINE =
  'Nov 28 10:15:02 mail postfix/smtp[2231]: 4F3A21C0: to=<user@example.org>, relay=mx.example.org[198.51.100.8]:25, delay=0.4, status=sent (250 2.0.0 Ok: queued)\n'
const NOISE =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.\n'
const MB = 1024 * 1024
/** Per-MB cost the decoder must stay under on any paste. */
const TARGET_MS_PER_MB = 50

/** A paste of `bytes` characters: mail log and prose, with one relay refusal near the end. */
function paste(bytes: number): string {
  const unit = LOG_LINE + NOISE
  const body = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes - 200)
  return `${body}\nNOQUEUE: reject: RCPT from unknown[203.0.113.9]: 554 5.7.1 <x@example.net>: Relay access denied\n`
}

/** Decodes `text`, failing the whole bench when the decoder did not return a diagnosis. */
function decodeChecked(text: string): void {
  const list: unknown = decodeText(text)
  const first: unknown = Array.isArray(list) ? list[0] : undefined
  if (typeof first !== 'object' || first === null || typeof (first as { node?: unknown }).node !== 'string') {
    throw new Error(`decodeText returned no diagnosis for a paste of ${text.length} characters`)
  }
}

const middle = (values: number[]): number =>
  values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

/**
 * Median wall-clock time of `fn`, and the median CPU time this process spent in it. On a shared
 * machine the wall clock also counts the time other processes held the CPU; the CPU time does not.
 */
function medians(fn: () => void, runs: number, warmups = Math.min(5, runs)): { wall: number; cpu: number } {
  for (let i = 0; i < warmups; i++) fn()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    fn()
    wall.push(performance.now() - t0)
    const used = process.cpuUsage(c0)
    cpu.push((used.user + used.system) / 1000)
  }
  return { wall: middle(wall), cpu: middle(cpu) }
}

const median = (fn: () => void, runs: number, warmups?: number): number => medians(fn, runs, warmups).wall

function typical(): void {
  const ms = median(() => {
    decodeChecked(BOUNCE)
  }, 2000)
  console.log(`typical bounce (${BOUNCE.length} chars): median ${ms.toFixed(3)} ms   (target < 1 ms)`)
  const rows: { label: string; ms: number; perMb: number }[] = []
  for (const size of [256 * 1024, MB, 4 * MB]) {
    const text = paste(size)
    const t = median(
      () => {
        decodeChecked(text)
      },
      size > 2 * MB ? 15 : 30,
    )
    rows.push({ label: `${size / 1024} KB`, ms: t, perMb: t / (size / MB) })
  }
  for (const r of rows) {
    console.log(
      `${r.label.padStart(8)} paste: median ${r.ms.toFixed(2).padStart(7)} ms   ${r.perMb.toFixed(2)} ms per MB`,
    )
  }
  const oneMb = rows[1]
  if (oneMb !== undefined) console.log(`1 MB paste median ${oneMb.ms.toFixed(2)} ms   (target < 50 ms)`)
  const first = rows[0]
  const last = rows[rows.length - 1]
  if (first !== undefined && last !== undefined) {
    console.log(`per-MB cost ratio 4 MB / 256 KB: ${(last.perMb / first.perMb).toFixed(2)} (≈1 means linear)`)
  }
}

const ADVERSARIAL_SIZES = [64 * 1024, 256 * 1024, MB, 4 * MB]
const ROUNDS = 3

type Cost = { wall: number; cpu: number }
type Worst = { perMb: number; name: string; size: number }

function adversarial(): void {
  console.log(
    `Adversarial pastes (${ADVERSARIAL_FAMILIES.length} families), ms per MB at ${ADVERSARIAL_SIZES.map((s) => `${s / 1024} KB`).join(' / ')} as wall clock [CPU time], the lowest median of ${ROUNDS} rounds; ratio = per-MB at 4 MB / at 64 KB`,
  )
  const worst: Record<keyof Cost, Worst> = {
    wall: { perMb: 0, name: '', size: 0 },
    cpu: { perMb: 0, name: '', size: 0 },
  }
  let worstRatio = { ratio: 0, name: '' }
  // Each cell is measured once in each of ROUNDS passes over all families, and its lowest median is
  // kept: on a shared machine a burst of load from elsewhere slows one pass, not every one of them.
  const cells: Cost[][] = ADVERSARIAL_FAMILIES.map(() =>
    ADVERSARIAL_SIZES.map(() => ({ wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY })),
  )
  for (let round = 0; round < ROUNDS; round++)
    ADVERSARIAL_FAMILIES.forEach((family, f) => {
      ADVERSARIAL_SIZES.forEach((size, i) => {
        const text = adversarialText(family, size)
        const big = size >= MB
        const t = medians(
          () => {
            decodeChecked(text)
          },
          big ? 3 : 21,
          big ? 1 : 5,
        )
        const cell = cells[f]?.[i]
        if (cell === undefined) return
        cell.wall = Math.min(cell.wall, t.wall / (size / MB))
        cell.cpu = Math.min(cell.cpu, t.cpu / (size / MB))
      })
    })
  ADVERSARIAL_FAMILIES.forEach((family, f) => {
    const perMb = cells[f] ?? []
    ADVERSARIAL_SIZES.forEach((size, i) => {
      for (const clock of ['wall', 'cpu'] as const) {
        const v = perMb[i]?.[clock] ?? 0
        if (v > worst[clock].perMb) worst[clock] = { perMb: v, name: family.name, size }
      }
    })
    const ratio = (perMb[perMb.length - 1]?.cpu ?? 0) / (perMb[0]?.cpu ?? 1)
    if (ratio > worstRatio.ratio) worstRatio = { ratio, name: family.name }
    const row = perMb
      .map((v) => `${v.wall.toFixed(1).padStart(6)} [${v.cpu.toFixed(1).padStart(5)}]`)
      .join(' ')
    console.log(`  ${JSON.stringify(family.name).padEnd(26)} ${row}   ratio ${ratio.toFixed(2)}`)
  })
  // Up to 64 KB every rule runs over the whole text, adversarial or not: prose shows that floor.
  const prose = paste(64 * 1024)
    .replace(/NOQUEUE[^\n]*\n$/, '')
    .replaceAll(LOG_LINE, NOISE)
  const proseMs = medians(
    () => {
      decodeChecked(prose)
    },
    9,
    3,
  )
  const proseMb = prose.length / MB
  console.log(
    `  reference: 64 KB of plain prose, ${(proseMs.wall / proseMb).toFixed(1)} [${(proseMs.cpu / proseMb).toFixed(1)}] ms per MB`,
  )
  for (const clock of ['wall', 'cpu'] as const) {
    const w = worst[clock]
    const verdict = w.perMb < TARGET_MS_PER_MB ? 'within' : 'OVER'
    console.log(
      `worst (${clock === 'wall' ? 'wall clock' : 'CPU time'}): ${w.perMb.toFixed(1)} ms per MB (${JSON.stringify(w.name)} at ${w.size / 1024} KB), ${verdict} the target of ${TARGET_MS_PER_MB} ms per MB`,
    )
  }
  console.log(
    `worst linearity ratio (CPU time): ${worstRatio.ratio.toFixed(2)} (${JSON.stringify(worstRatio.name)}; ≈1 or below means linear)`,
  )
}

const args = new Set(process.argv.slice(2))
const all = !args.has('--typical') && !args.has('--adversarial')
if (all || args.has('--typical')) typical()
if (all) console.log('')
if (all || args.has('--adversarial')) adversarial()
