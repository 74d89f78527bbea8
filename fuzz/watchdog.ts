/**
 * The parent side of a fuzz run: one worker process at a time runs inputs on request, and a
 * watchdog ends an input that exceeds its budget (a `hang`) and starts a fresh worker.
 *
 * The budget is CPU time of the call alone: the clock starts when the worker says the call
 * started (after the input was generated and the last input's garbage collected) and reads
 * the worker's CPU time from the kernel, so a loaded or nice'd machine that keeps the worker
 * off the CPU cannot turn a 2 ms input into a "hang". A call that waits without computing is
 * caught by a wall-clock backstop, also counted from the call's start. Where the kernel's
 * figures cannot be read (not Linux), the budget applies to wall-clock time from the call's
 * start.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { StartedMessage, Task } from './worker-loop'

export interface Report {
  index: number
  target: string
  kind: string
  outcome: string
  detail: string
  /** Wall-clock time of the call, from its start (not counting generation). */
  ms: number
  /** CPU time of the worker process during the call (all its threads, GC included). */
  cpuMs: number
  /** Peak RSS of the worker during the call (Linux; elsewhere its lifetime peak); 0 if unknown. */
  rssMB: number
}

export interface WatchdogOptions {
  /** The module forked as the worker (it calls `serveTasks`). */
  workerModule: string
  execArgv: string[]
  env?: NodeJS.ProcessEnv
  /** A call over this much CPU time is a `hang`. */
  budgetMs: number
  /**
   * A call over this much wall-clock time is a `hang` whatever its CPU time (one that waits
   * without computing); generating an input gets three times as long.
   */
  wallLimitMs: number
  /** How often the worker's CPU time is read. */
  pollMs?: number
}

let clockTicksPerSecond: number | undefined

function ticksPerSecond(): number {
  if (clockTicksPerSecond === undefined) {
    try {
      clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))
    } catch {
      clockTicksPerSecond = NaN
    }
    if (!Number.isFinite(clockTicksPerSecond) || clockTicksPerSecond <= 0) clockTicksPerSecond = 100
  }
  return clockTicksPerSecond
}

/** CPU time (user + system, all threads) of a process from /proc, or null where there is none. */
export function processCpuMsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may hold spaces) start at field 3, state.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond() : null
  } catch {
    return null
  }
}

function startWorker(options: WatchdogOptions): Promise<ChildProcess> {
  const child = fork(options.workerModule, [], {
    execArgv: ['--expose-gc', ...options.execArgv],
    env: options.env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc']
  })
  return new Promise((resolve) => child.once('message', () => resolve(child)))
}

type WorkerMessage = Partial<Report & StartedMessage> & { unhandled?: string }

export class WatchedWorker {
  private worker: ChildProcess | null = null
  /** Unhandled rejections the worker reported, each with its input's index. */
  readonly unhandled: string[] = []

  constructor(private readonly options: WatchdogOptions) {}

  async run(task: Task): Promise<Report> {
    this.worker ??= await startWorker(this.options)
    const worker = this.worker
    const { index } = task
    const { budgetMs, wallLimitMs, pollMs = 100 } = this.options
    let kind = 'not generated'
    const report = await new Promise<Report>((resolve) => {
      let callStart: { wall: number; cpuMs: number } | null = null
      const requested = performance.now()
      const finish = (result: Report) => {
        clearInterval(poll)
        worker.off('exit', onExit)
        worker.off('message', onMessage)
        resolve(result)
      }
      const hang = (detail: string, ms: number, cpuMs: number) => {
        finish({ index, target: '?', kind, outcome: 'hang', detail, ms, cpuMs, rssMB: 0 })
        worker.kill('SIGKILL')
      }
      const poll = setInterval(() => {
        const now = performance.now()
        if (!callStart) {
          if (now - requested > 3 * wallLimitMs)
            hang(`generating the input took over ${3 * wallLimitMs} ms of wall-clock time`, 0, 0)
          return
        }
        const wallMs = now - callStart.wall
        const cpuNow = worker.pid === undefined ? null : processCpuMsOf(worker.pid)
        const cpuMs = cpuNow === null ? wallMs : cpuNow - callStart.cpuMs
        if (cpuMs > budgetMs)
          hang(
            cpuNow === null
              ? `no answer in ${budgetMs} ms (wall clock; CPU time not readable here)`
              : `over its budget: ${cpuMs.toFixed(0)} ms of CPU time > ${budgetMs} ms`,
            wallMs,
            cpuMs
          )
        else if (wallMs > wallLimitMs)
          hang(
            `no answer in ${wallLimitMs} ms of wall-clock time (${cpuMs.toFixed(0)} ms CPU)`,
            wallMs,
            cpuMs
          )
      }, pollMs)
      const onMessage = (message: WorkerMessage) => {
        if (message.started !== undefined) {
          kind = message.kind ?? kind
          callStart = { wall: performance.now(), cpuMs: message.cpuAtStartMs ?? 0 }
          return
        }
        if (message.unhandled) {
          this.unhandled.push(`#${index}: ${message.unhandled}`)
          return
        }
        finish(message as Report)
      }
      const onExit = (code: number | null, signal: string | null) =>
        finish({
          index,
          target: '?',
          kind,
          outcome: 'crash',
          detail: `worker died (code ${code}, ${signal})`,
          ms: 0,
          cpuMs: 0,
          rssMB: 0
        })
      worker.on('message', onMessage)
      worker.once('exit', onExit)
      worker.send(task)
    })
    if (worker.exitCode !== null || worker.signalCode !== null || worker.killed) this.worker = null
    return report
  }

  close(): void {
    this.worker?.kill()
    this.worker = null
  }
}
