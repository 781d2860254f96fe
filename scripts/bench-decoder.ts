/**
 * Prints the decoder's median time on a typical bounce and on large pastes, and the per-MB cost at
 * 256 KB / 1 MB / 4 MB to show that time grows linearly. Figures only: nothing here asserts a time.
 * Usage: npx tsx scripts/bench-decoder.ts
 */
import { decodeText } from '../src/decoder/decode.ts'

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

/** A paste of `bytes` characters: mail log and prose, with one relay refusal near the end. */
function paste(bytes: number): string {
  const unit = LOG_LINE + NOISE
  const body = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes - 200)
  return `${body}\nNOQUEUE: reject: RCPT from unknown[203.0.113.9]: 554 5.7.1 <x@example.net>: Relay access denied\n`
}

function median(fn: () => void, runs: number): number {
  for (let i = 0; i < Math.min(5, runs); i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

const typical = median(() => decodeText(BOUNCE), 2000)
console.log(`typical bounce (${BOUNCE.length} chars): median ${typical.toFixed(3)} ms   (target < 1 ms)`)

const sizes = [256 * 1024, 1024 * 1024, 4 * 1024 * 1024]
const rows: { label: string; ms: number; perMb: number }[] = []
for (const size of sizes) {
  const text = paste(size)
  const ms = median(() => decodeText(text), size > 2 * 1024 * 1024 ? 15 : 30)
  rows.push({ label: `${size / 1024} KB`, ms, perMb: ms / (size / (1024 * 1024)) })
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
