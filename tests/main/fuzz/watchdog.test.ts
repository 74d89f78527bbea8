/**
 * The fuzz run's watchdog (`fuzz/watchdog.ts`): a `hang` means the call itself exceeded its
 * budget in CPU time, measured from the call's start. Before this change the watchdog's
 * clock started when the input was requested and ran on the wall clock, so an input whose
 * generation was slow, or that a loaded machine kept off the CPU, was reported as a hang
 * although the call took 2 ms (5 such findings in a nice'd 5,000-input run).
 */
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { WatchedWorker } from '../../../fuzz/watchdog'
import { SCENARIOS, TIMING } from './watchdog-worker'

const workers: WatchedWorker[] = []

function watchedWorker(wallLimitMs: number = TIMING.wallLimitMs): WatchedWorker {
  const worker = new WatchedWorker({
    workerModule: join(__dirname, 'watchdog-worker.ts'),
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' },
    budgetMs: TIMING.budgetMs,
    wallLimitMs
  })
  workers.push(worker)
  return worker
}

afterEach(() => {
  for (const worker of workers.splice(0)) worker.close()
})

describe('fuzz watchdog', () => {
  it('does not count the time spent generating an input', async () => {
    const report = await watchedWorker().run({ seed: 1, index: SCENARIOS.slowGeneration })
    expect(report.outcome).toBe('valid-plan')
    expect(report.cpuMs).toBeLessThan(TIMING.budgetMs)
  }, 60_000)

  it('does not count wall-clock time the call spends off the CPU', async () => {
    const report = await watchedWorker().run({ seed: 1, index: SCENARIOS.descheduled })
    expect(report.outcome).toBe('valid-plan')
    expect(report.ms).toBeGreaterThan(TIMING.budgetMs)
    expect(report.cpuMs).toBeLessThan(TIMING.budgetMs)
  }, 60_000)

  it('reports a call that computes past its CPU budget as a hang, and the next input runs', async () => {
    // A generous backstop, so only the CPU budget can end it however loaded the machine is.
    const worker = watchedWorker(60_000)
    const hang = await worker.run({ seed: 1, index: SCENARIOS.cpuHang })
    expect(hang.outcome).toBe('hang')
    expect(hang.kind).toBe(`scenario-${SCENARIOS.cpuHang}`)
    expect(hang.detail).toMatch(/CPU/)
    expect(hang.cpuMs).toBeGreaterThanOrEqual(TIMING.budgetMs)
    expect(hang.cpuMs).toBeLessThan(3 * TIMING.budgetMs)
    const next = await worker.run({ seed: 1, index: 99 })
    expect(next.outcome).toBe('valid-plan')
  }, 60_000)

  it('reports a call that waits past the wall-clock backstop as a hang', async () => {
    const hang = await watchedWorker().run({ seed: 1, index: SCENARIOS.idleHang })
    expect(hang.outcome).toBe('hang')
    expect(hang.detail).toMatch(/wall/)
    expect(hang.ms).toBeGreaterThanOrEqual(TIMING.wallLimitMs)
  }, 60_000)
})
