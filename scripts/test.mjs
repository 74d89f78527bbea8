#!/usr/bin/env node
/**
 * `npm test`: typecheck + lint + format check (together), then unit/component tests → build →
 * browser e2e, in that order. Every stage runs even if an earlier one failed (so one run shows
 * everything), the exit code is non-zero if any failed, and the last line is the combined
 * count: "N passed, N failed".
 *
 * The three static checks are single-threaded and independent (none writes what another
 * reads), so they run at the same time on CI's two cores; each one's output is held back and
 * printed as one block when it ends, so the log reads as if they ran one after another.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const REPORTS = 'test-reports'
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })

const staticChecks = [
  ['typecheck', 'npx', ['vue-tsc', '-b']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '.']]
]

const stages = [
  [
    'vitest',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${REPORTS}/vitest.json`
    ]
  ],
  ['build', 'npx', ['electron-vite', 'build']],
  ['e2e', 'npx', ['playwright', 'test']]
]

const results = []

/** Runs one stage with its output collected; resolves when it ends, having printed it. */
function runCollected(name, command, args) {
  const started = Date.now()
  return new Promise((done) => {
    const chunks = []
    const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk) => chunks.push(chunk))
    child.stderr.on('data', (chunk) => chunks.push(chunk))
    let ended = false
    const finish = (status) => {
      if (ended) return // 'error' (could not start) may be followed by 'close'
      ended = true
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      process.stdout.write(`\n▶ ${name}: ${command} ${args.join(' ')}\n`)
      process.stdout.write(Buffer.concat(chunks))
      process.stdout.write(
        `◀ ${name}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${seconds} s\n`
      )
      done({ name, ok: status === 0, seconds })
    }
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`))
      finish(null)
    })
    child.on('close', (status) => finish(status))
  })
}

results.push(
  ...(await Promise.all(
    staticChecks.map(([name, command, args]) => runCollected(name, command, args))
  ))
)

for (const [name, command, args] of stages) {
  const started = Date.now()
  process.stdout.write(`\n▶ ${name}: ${command} ${args.join(' ')}\n`)
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  results.push({ name, ok: run.status === 0, seconds })
  process.stdout.write(
    `◀ ${name}: ${run.status === 0 ? 'ok' : `FAILED (exit ${run.status})`} in ${seconds} s\n`
  )
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
}

let passed = 0
let failed = 0
let skipped = 0
const vitest = readJson(`${REPORTS}/vitest.json`)
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0)
}
const playwright = readJson(`${REPORTS}/playwright.json`)
if (playwright?.stats) {
  passed += playwright.stats.expected + (playwright.stats.flaky ?? 0)
  failed += playwright.stats.unexpected
  skipped += playwright.stats.skipped
}
const failedStages = results.filter((r) => !r.ok).map((r) => r.name)
// A failed stage that is not a test runner (typecheck, lint, build) counts as one failure.
failed += failedStages.filter((name) => !['vitest', 'e2e'].includes(name)).length

process.stdout.write('\nSummary\n')
for (const r of results)
  process.stdout.write(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)\n`)
if (vitest)
  process.stdout.write(
    `  vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed\n`
  )
if (playwright?.stats)
  process.stdout.write(
    `  playwright: ${playwright.stats.expected} passed, ${playwright.stats.unexpected} failed, ${playwright.stats.skipped} skipped\n`
  )
process.stdout.write(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`)
process.exit(failedStages.length === 0 ? 0 : 1)
