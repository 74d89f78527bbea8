/**
 * The child side of the fuzz watchdog (`watchdog.ts`): generates each requested input, says
 * when the call starts (with the process's CPU time then), runs it and reports its outcome,
 * wall and CPU time and peak RSS. Shared by `worker.ts` and the watchdog's own test worker,
 * so the test exercises the protocol a run uses.
 */
import { readFileSync, writeFileSync } from 'node:fs'

export interface Task {
  seed: number
  index: number
}

export interface CaseLike {
  target: string
  kind: string
}

export interface TaskVerdict {
  outcome: string
  detail: string
}

/** Sent when the call starts: generation is over, so the budget counts from here. */
export interface StartedMessage {
  started: number
  kind: string
  /** This process's CPU time (user + system, all threads) at the call's start. */
  cpuAtStartMs: number
}

export function processCpuMs(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/**
 * Resets the kernel's high-water mark of this process's RSS (Linux: `clear_refs` 5), so the
 * next reading of VmHWM is the peak of one input rather than of the worker's whole life.
 */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
    return true
  } catch {
    return false
  }
}

/** Peak RSS since the last reset in MB; elsewhere the process's lifetime peak. */
function peakRssMB(): number {
  try {
    const kB = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
    if (kB) return Number(kB) / 1000
  } catch {
    // not Linux: fall through to the lifetime peak
  }
  return process.resourceUsage().maxRSS / 1000
}

/**
 * Above this much heap (live or not yet collected), the worker collects before a call. A full
 * collection costs ~100–300 ms even on a small heap, more than most calls, so it is kept for
 * the heaps a giant input or its generator left behind.
 */
const COLLECT_ABOVE_BYTES = 256e6

/**
 * With `--expose-gc`, collect now if the heap is large, so the last input's (or the generator's)
 * garbage is not collected on this call's clock.
 */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  if (gc && heapUsed + arrayBuffers > COLLECT_ABOVE_BYTES) gc()
}

export function serveTasks<C extends CaseLike>(
  make: (seed: number, index: number) => C,
  run: (fuzzCase: C) => Promise<TaskVerdict>
): void {
  process.on('message', (task: Task) => {
    const fuzzCase = make(task.seed, task.index)
    collectGarbage()
    resetPeakRss()
    const cpuAtStartMs = processCpuMs()
    const started: StartedMessage = { started: task.index, kind: fuzzCase.kind, cpuAtStartMs }
    process.send?.(started)
    const wallAtStart = performance.now()
    const measured = () => ({
      index: task.index,
      target: fuzzCase.target,
      kind: fuzzCase.kind,
      ms: performance.now() - wallAtStart,
      cpuMs: processCpuMs() - cpuAtStartMs,
      rssMB: peakRssMB()
    })
    run(fuzzCase).then(
      (verdict) => process.send?.({ ...measured(), ...verdict }),
      (error: unknown) => process.send?.({ ...measured(), outcome: 'crash', detail: String(error) })
    )
  })

  // An unhandled rejection anywhere in a service is a finding, not a silent pass.
  process.on('unhandledRejection', (reason) => {
    process.send?.({ unhandled: String(reason) })
  })
  process.send?.({ ready: true })
}
