/**
 * Tiny benchmark harness. Each `bench/*.bench.ts` file runs in its own Node process
 * (so peak RSS belongs to that benchmark alone), calls `report(rows)` once, and
 * `scripts/bench.mjs` collects the rows into one table and a JSON file.
 */
import { performance } from 'node:perf_hooks'
import { mulberry32 } from '../../fuzz/random'

export interface BenchRow {
  /** What was measured, e.g. "core: compare 20 workloads × 58 accelerators". */
  name: string
  medianMs: number
  p95Ms: number
  /** Peak resident set size of the benchmark process, MB (10^6 bytes). */
  peakRssMB: number
  runs: number
  /** Name and median of the baseline this row is compared with, where one exists. */
  baseline?: { name: string; medianMs: number }
  ratio?: number
  /** Human-readable target, e.g. "< 50 ms", and whether the measured median met it. */
  target?: string
  met?: boolean
  notes?: string
}

export interface Timing {
  samples: number[]
  medianMs: number
  p95Ms: number
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured. */
export async function time(
  fn: () => unknown | Promise<unknown>,
  { runs = 30, warmup = 3 }: { runs?: number; warmup?: number } = {}
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  const sorted = [...samples].sort((a, b) => a - b)
  return { samples, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95) }
}

/** Peak RSS of this process so far, in MB. */
export function peakRssMB(): number {
  // resourceUsage().maxRSS is in kilobytes (KiB on Linux).
  return (process.resourceUsage().maxRSS * 1024) / 1e6
}

/** Deterministic PRNG (mulberry32) so generated inputs are the same on every run. */
export const seededRandom = mulberry32

export const REPORT_MARKER = '@@bench-rows@@'

/** Emits the rows for scripts/bench.mjs (one marked JSON line on stdout). */
export function report(rows: BenchRow[]): void {
  process.stdout.write(`${REPORT_MARKER}${JSON.stringify(rows)}\n`)
}
