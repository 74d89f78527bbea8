/**
 * `npm run fuzz [-- --seed N] [--count N] [--only I]`: seeded hostile inputs through the real
 * import service and plan loader. Each input runs in a worker process with a watchdog (10 s
 * of CPU time from the call's start, see watchdog.ts) and a 1.5 GB heap cap. Prints counts per outcome and the seed; findings are written to
 * fuzz-results/ with the one command that reproduces each.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GOOD_OUTCOMES } from './targets'
import { MILLION_ROWS_INDEX } from './cases'
import { WatchedWorker, type Report } from './watchdog'

/** The issue's bound per input: a call over 10 s of CPU time is a hang (see watchdog.ts). */
const CPU_BUDGET_MS = 10_000
/** A call that waits without computing is a hang after this long on the wall clock. */
const WALL_LIMIT_MS = 60_000
/** The issue's bound per input: a peak RSS above this during a call is a finding, even if it answered well. */
const MEMORY_LIMIT_MB = 1000

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN
  return Number.isFinite(value) ? value : fallback
}

const seed = argument('seed', Date.now() % 1_000_000)
const count = argument('count', 1000)
const only = argument('only', 0)
// Every run also pushes one 1,000,000-row sheet through the importer (`--only -1` alone).
const indices = process.argv.includes('--only')
  ? [only]
  : [...Array.from({ length: count }, (_, i) => i), MILLION_ROWS_INDEX]

async function main(): Promise<void> {
  const reports: Report[] = []
  const worker = new WatchedWorker({
    workerModule: join(__dirname, 'worker.ts'),
    execArgv: ['--import', 'tsx', '--max-old-space-size=1536'],
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' },
    budgetMs: CPU_BUDGET_MS,
    wallLimitMs: WALL_LIMIT_MS
  })
  const unhandled = worker.unhandled
  const started = Date.now()
  for (const index of indices) {
    const report = await worker.run({ seed, index })
    if (report.rssMB > MEMORY_LIMIT_MB)
      Object.assign(report, {
        outcome: 'over-memory',
        detail: `RSS ${report.rssMB.toFixed(0)} MB > ${MEMORY_LIMIT_MB} MB; ${report.detail}`
      })
    reports.push(report)
    if (reports.length % 100 === 0)
      process.stdout.write(`  ${reports.length}/${indices.length} inputs…\n`)
  }
  worker.close()

  const byOutcome = new Map<string, number>()
  const byKind = new Map<string, Map<string, number>>()
  for (const report of reports) {
    byOutcome.set(report.outcome, (byOutcome.get(report.outcome) ?? 0) + 1)
    const kinds = byKind.get(report.kind) ?? new Map<string, number>()
    kinds.set(report.outcome, (kinds.get(report.outcome) ?? 0) + 1)
    byKind.set(report.kind, kinds)
  }
  const findings = reports.filter((r) => !(GOOD_OUTCOMES as readonly string[]).includes(r.outcome))
  const slowest = [...reports].sort((a, b) => b.ms - a.ms)[0]
  const mostCpu = [...reports].sort((a, b) => b.cpuMs - a.cpuMs)[0]
  const peakRss = Math.max(...reports.map((r) => r.rssMB))

  process.stdout.write(
    `\nfuzz seed ${seed}: ${reports.length} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
  )
  for (const [outcome, n] of [...byOutcome].sort())
    process.stdout.write(`  ${outcome.padEnd(18)} ${n}\n`)
  process.stdout.write('by input kind:\n')
  for (const [kind, outcomes] of [...byKind].sort())
    process.stdout.write(
      `  ${kind.padEnd(24)} ${[...outcomes].map(([o, n]) => `${o} ${n}`).join(', ')}\n`
    )
  process.stdout.write(
    `slowest input: #${slowest?.index} (${slowest?.kind}) ${slowest?.ms.toFixed(0)} ms wall, ${slowest?.cpuMs.toFixed(0)} ms CPU; ` +
      `most CPU: #${mostCpu?.index} (${mostCpu?.kind}) ${mostCpu?.cpuMs.toFixed(0)} ms; worker peak RSS ${peakRss.toFixed(0)} MB\n`
  )
  if (unhandled.length)
    process.stdout.write(
      `unhandled rejections: ${unhandled.length}\n${unhandled.slice(0, 5).join('\n')}\n`
    )

  if (findings.length || unhandled.length) {
    mkdirSync('fuzz-results', { recursive: true })
    const file = join('fuzz-results', `seed-${seed}.json`)
    writeFileSync(file, JSON.stringify({ seed, findings, unhandled }, null, 2))
    process.stdout.write(
      `\n${findings.length} finding(s), details in ${file}. Reproduce one with:\n`
    )
    for (const finding of findings.slice(0, 10))
      process.stdout.write(
        `  npm run fuzz -- --seed ${seed} --only ${finding.index}   # ${finding.kind}: ${finding.outcome} ${finding.detail.split('\n')[0].slice(0, 100)}\n`
      )
    process.exitCode = 1
  } else {
    process.stdout.write('no findings\n')
  }
}

void main()
