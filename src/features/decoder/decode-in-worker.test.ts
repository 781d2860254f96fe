import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { decodeText } from '@/decoder/decode.ts'
import { DECODE_BUDGET_MS, decodeInWorker } from './decode-in-worker.ts'

/** A stand-in for the browser's Worker: records what it is sent and lets the test answer. */
class FakeWorker {
  static last: FakeWorker | null = null
  onmessage: ((event: { data: unknown }) => void) | null = null
  onmessageerror: (() => void) | null = null
  onerror: ((event: { preventDefault: () => void }) => void) | null = null
  sent: unknown[] = []
  terminated = false
  constructor() {
    FakeWorker.last = this
  }
  postMessage(data: unknown) {
    this.sent.push(data)
  }
  terminate() {
    this.terminated = true
  }
}

const worker = () => {
  if (!FakeWorker.last) throw new Error('no worker was started')
  return FakeWorker.last
}

describe('decodeInWorker', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    FakeWorker.last = null
    vi.stubGlobal('Worker', FakeWorker)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('sends the text and gives back the parsed diagnoses, then ends the worker', async () => {
    const job = decodeInWorker('554 5.7.1 Relay access denied')
    expect(worker().sent).toEqual([{ source: '554 5.7.1 Relay access denied', hint: {} }])
    const diagnoses = decodeText('554 5.7.1 Relay access denied')
    worker().onmessage?.({ data: { kind: 'done', diagnoses } })
    await expect(job.outcome).resolves.toEqual({ status: 'done', diagnoses })
    expect(worker().terminated).toBe(true)
  })

  it('ends a worker that stays silent past the budget and reports a timeout', async () => {
    const job = decodeInWorker('said')
    vi.advanceTimersByTime(DECODE_BUDGET_MS - 1)
    expect(worker().terminated).toBe(false)
    vi.advanceTimersByTime(1)
    expect(worker().terminated).toBe(true)
    await expect(job.outcome).resolves.toEqual({ status: 'failed', problem: 'timeout' })
  })

  it('reads a malformed answer as a failure', async () => {
    const job = decodeInWorker('x')
    worker().onmessage?.({ data: { kind: 'done', diagnoses: [{ node: 'eu-nowhere' }] } })
    await expect(job.outcome).resolves.toEqual({ status: 'failed', problem: 'error' })
  })

  it('reports a worker error (for example a script that did not load) as a failure', async () => {
    const job = decodeInWorker('x')
    const preventDefault = vi.fn()
    worker().onerror?.({ preventDefault })
    await expect(job.outcome).resolves.toEqual({ status: 'failed', problem: 'error' })
    expect(preventDefault).toHaveBeenCalled()
    expect(worker().terminated).toBe(true)
  })

  it('reports a browser without workers as a failure', async () => {
    vi.stubGlobal('Worker', undefined)
    await expect(decodeInWorker('x').outcome).resolves.toEqual({ status: 'failed', problem: 'error' })
  })

  it('ends the worker on cancel and no timeout fires afterwards', () => {
    const job = decodeInWorker('x')
    job.cancel()
    expect(worker().terminated).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
  })
})
