/**
 * A worker for the fuzz watchdog's own test: the real protocol (`serveTasks`) with inputs whose
 * cost is chosen by index, spent in CPU time so the machine's load cannot change which side of
 * the budget they fall on.
 */
import { spawn } from 'node:child_process'
import { serveTasks } from '../../../fuzz/worker-loop'

export const SCENARIOS = {
  /** Generating the input costs more than the budget; the call itself is instant. */
  slowGeneration: 0,
  /** The call computes for longer than the budget: a real hang. */
  cpuHang: 1,
  /** The call is off the CPU (stopped, as a loaded machine deschedules it) longer than the budget. */
  descheduled: 2,
  /** The call waits (no CPU) past the wall-clock backstop: a hang that does not compute. */
  idleHang: 3
} as const

/** Timing of the scenarios, shared with the test: the budget and what each scenario spends. */
export const TIMING = { budgetMs: 1_000, wallLimitMs: 4_000, overBudgetMs: 1_800 } as const

function cpuMs(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

function spendCpu(ms: number): void {
  const until = cpuMs() + ms
  let sink = 0
  while (cpuMs() < until) sink += Math.sqrt(sink + 1)
  if (sink < 0) throw new Error('unreachable')
}

/** Stops this process for `ms` of wall-clock time; a detached shell continues it. */
function stopFor(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const waker = spawn('sh', ['-c', `sleep ${ms / 1000}; kill -CONT ${process.pid}`], {
      stdio: 'ignore'
    })
    waker.once('spawn', () => {
      process.kill(process.pid, 'SIGSTOP')
      resolve()
    })
  })
}

if (process.send)
  serveTasks(
    (_seed, index) => {
      if (index === SCENARIOS.slowGeneration) spendCpu(TIMING.overBudgetMs)
      return { target: 'stub', kind: `scenario-${index}`, index }
    },
    async ({ index }) => {
      if (index === SCENARIOS.cpuHang) spendCpu(TIMING.budgetMs * 10)
      if (index === SCENARIOS.descheduled) await stopFor(TIMING.overBudgetMs)
      if (index === SCENARIOS.idleHang)
        await new Promise((resolve) => setTimeout(resolve, TIMING.wallLimitMs * 2))
      return { outcome: 'valid-plan', detail: '' }
    }
  )
