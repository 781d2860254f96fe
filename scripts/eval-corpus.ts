/**
 * Scores the decoder against the Sisimai corpus (../shared/corpus/sisimai relative to the project root),
 * as described in shared/domain/bounce-taxonomy.md §5. An evaluation, not a test: it prints figures.
 * Usage: npx tsx scripts/eval-corpus.ts [--misses] [--field reason|status|replycode|permanent]
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodeEmail } from '../src/decoder/decode-email.ts'
import { flat } from '../src/decoder/flat.ts'
import type { Diagnosis } from '../src/decoder/types.ts'

interface Label {
  file: string
  index: number
  reason: string
  reason_latest: string
  status: string
  status_kind: string
  replycode: string
  permanent: boolean | null
}

const RELAY_SET = new Set([
  'norelaying',
  'securityerror',
  'authfailure',
  'blocked',
  'rejected',
  'spamdetected',
  'badreputation',
  'requireptr',
  'policyviolation',
])
const NOT_BOUNCES = new Set(['delivered', 'feedback', 'vacation'])

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = resolve(root, '..', 'shared', 'corpus', 'sisimai')
const labelsPath = join(corpus, 'labels.jsonl')
if (!existsSync(labelsPath)) {
  console.log(`Corpus not found at ${corpus}; skipping the evaluation.`)
  process.exit(0)
}

const args = process.argv.slice(2)
const showMisses = args.includes('--misses')
const fieldArg = args.indexOf('--field')
const onlyField = fieldArg >= 0 ? args[fieldArg + 1] : undefined

const labels: Label[] = readFileSync(labelsPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Label)

const byFile = new Map<string, Label[]>()
for (const l of labels) {
  const list = byFile.get(l.file) ?? []
  list.push(l)
  byFile.set(l.file, list)
}

class Tally {
  ok = 0
  all = 0
  add(hit: boolean): void {
    this.all++
    if (hit) this.ok++
  }
  toString(): string {
    const pct = this.all === 0 ? 0 : (100 * this.ok) / this.all
    return `${pct.toFixed(1).padStart(5)} %  (${this.ok}/${this.all})`
  }
}

const t = {
  reason: new Tally(),
  reasonBounces: new Tally(),
  reasonRelay: new Tally(),
  reasonNotBounces: new Tally(),
  status: new Tally(),
  statusStandard: new Tally(),
  statusInternal: new Tally(),
  statusClass: new Tally(),
  statusSubject: new Tally(),
  reply: new Tally(),
  permanent: new Tally(),
  coverage: new Tally(),
  counts: new Tally(),
}
const misses: Record<string, string[]> = { reason: [], status: [], replycode: [], permanent: [] }
const confusion = new Map<string, number>()
const perReason = new Map<string, { tp: number; fp: number; fn: number }>()
const bump = (r: string, k: 'tp' | 'fp' | 'fn'): void => {
  const e = perReason.get(r) ?? { tp: 0, fp: 0, fn: 0 }
  e[k]++
  perReason.set(r, e)
}

function statusOk(label: Label, got: string | null): boolean {
  if (label.status_kind === 'sisimai-internal') {
    return got === null || got === `${label.status[0] ?? ''}.0.0`
  }
  return (got ?? '') === label.status
}

const started = performance.now()
for (const [file, rows] of byFile) {
  const raw = readFileSync(join(corpus, file))
  const results: Diagnosis[] = await decodeEmail(new Uint8Array(raw))
  t.coverage.add(results.some((d) => d.recognised))
  t.counts.add(results.length === rows.length)
  for (const label of rows.sort((a, b) => a.index - b.index)) {
    const found = results[label.index - 1]
    const d = found === undefined ? undefined : flat(found)
    const want = label.reason_latest
    const got = d?.reason ?? 'undefined'
    const where = `${file.replace(/^eml\//, '')}#${label.index}`
    const hit = got === want
    t.reason.add(hit)
    if (NOT_BOUNCES.has(want)) t.reasonNotBounces.add(hit)
    else t.reasonBounces.add(hit)
    if (RELAY_SET.has(want)) t.reasonRelay.add(hit)
    if (hit) bump(want, 'tp')
    else {
      bump(want, 'fn')
      bump(got, 'fp')
      const key = `${want} → ${got}`
      confusion.set(key, (confusion.get(key) ?? 0) + 1)
      misses.reason?.push(
        `${where}  want ${want}  got ${got}  [${d?.enhancedStatus ?? '-'} ${d?.replyCode ?? '-'}]`,
      )
    }

    const gotStatus = d?.enhancedStatus ?? null
    const sOk = statusOk(label, gotStatus)
    t.status.add(sOk)
    if (label.status_kind === 'sisimai-internal') t.statusInternal.add(sOk)
    else t.statusStandard.add(sOk)
    if (label.status !== '' && label.status_kind === 'standard') {
      t.statusClass.add(gotStatus?.[0] === label.status[0])
      t.statusSubject.add(gotStatus?.slice(0, 3) === label.status.slice(0, 3))
    }
    if (!sOk)
      misses.status?.push(
        `${where}  want ${label.status || '∅'} (${label.status_kind || 'empty'})  got ${gotStatus ?? '∅'}`,
      )

    const gotReply = d?.replyCode ?? ''
    const rOk = gotReply === label.replycode
    t.reply.add(rOk)
    if (!rOk) misses.replycode?.push(`${where}  want ${label.replycode || '∅'}  got ${gotReply || '∅'}`)

    if (label.permanent !== null) {
      const pOk = (d?.permanent ?? null) === label.permanent
      t.permanent.add(pOk)
      if (!pOk) misses.permanent?.push(`${where}  want ${label.permanent}  got ${d?.permanent ?? 'null'}`)
    }
  }
}
const elapsed = performance.now() - started

const f1s = [...perReason.entries()]
  .filter(([r]) => r !== 'undefined' || perReason.get(r)?.tp !== 0)
  .map(([, e]) => {
    const p = e.tp + e.fp === 0 ? 0 : e.tp / (e.tp + e.fp)
    const r = e.tp + e.fn === 0 ? 0 : e.tp / (e.tp + e.fn)
    return p + r === 0 ? 0 : (2 * p * r) / (p + r)
  })
const macroF1 = f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length)

console.log(`Sisimai corpus: ${labels.length} label rows in ${byFile.size} files (${corpus})`)
console.log(`decoded in ${elapsed.toFixed(0)} ms\n`)
console.log(`reason, overall            ${t.reason.toString()}`)
console.log(`reason, bounces only       ${t.reasonBounces.toString()}`)
console.log(`reason, relay subset       ${t.reasonRelay.toString()}   (${[...RELAY_SET].join(', ')})`)
console.log(`reason, delivered/feedback/vacation ${t.reasonNotBounces.toString()}`)
console.log(`reason, macro-F1           ${(100 * macroF1).toFixed(1)} %`)
console.log(`enhanced status            ${t.status.toString()}`)
console.log(`  standard rows (exact)    ${t.statusStandard.toString()}`)
console.log(`  sisimai-internal rows    ${t.statusInternal.toString()}   (empty or x.0.0 accepted)`)
console.log(`  class digit              ${t.statusClass.toString()}`)
console.log(`  class.subject            ${t.statusSubject.toString()}`)
console.log(`reply code                 ${t.reply.toString()}`)
console.log(`permanence                 ${t.permanent.toString()}`)
console.log(`coverage (≥1 recognised)   ${t.coverage.toString()}`)
console.log(`recipient count matches    ${t.counts.toString()}`)

console.log('\nconfusion of reason misses (label → decoder):')
for (const [k, n] of [...confusion.entries()].sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(n).padStart(3)}  ${k}`)

if (showMisses) {
  for (const [field, list] of Object.entries(misses)) {
    if (onlyField !== undefined && onlyField !== field) continue
    console.log(`\n${field} misses (${list.length}):`)
    for (const m of list) console.log(`  ${m}`)
  }
}
