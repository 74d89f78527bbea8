/** Child process: generates and runs cases on request; the parent watches for hangs. */
import { makeCase, runCase } from './cases'

interface Task {
  seed: number
  index: number
}

process.on('message', (task: Task) => {
  const fuzzCase = makeCase(task.seed, task.index)
  process.send?.({ started: task.index, kind: fuzzCase.kind })
  const started = performance.now()
  runCase(fuzzCase).then(
    (verdict) =>
      process.send?.({
        index: task.index,
        target: fuzzCase.target,
        kind: fuzzCase.kind,
        ...verdict,
        ms: performance.now() - started,
        rssMB: process.memoryUsage().rss / 1e6
      }),
    (error: unknown) =>
      process.send?.({
        index: task.index,
        target: fuzzCase.target,
        kind: fuzzCase.kind,
        outcome: 'crash',
        detail: String(error),
        ms: 0,
        rssMB: 0
      })
  )
})

// An unhandled rejection anywhere in a service is a finding, not a silent pass.
process.on('unhandledRejection', (reason) => {
  process.send?.({ unhandled: String(reason) })
})
process.send?.({ ready: true })
