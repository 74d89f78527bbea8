#!/usr/bin/env node
/**
 * `npm run bench`: runs every bench/*.bench.ts in its own Node process (so each peak RSS is
 * its own), prints one table, and writes the rows to bench-results/<timestamp>.json.
 * Benchmarks report; they never fail the build. `npm run bench -- core quote` runs a subset.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const MARKER = '@@bench-rows@@'
const filters = process.argv.slice(2)
const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort()

if (!existsSync('out/main/web.js')) {
  // The renderer benchmark drives the built app; build once up front.
  spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
}

const rows = []
const failures = []
for (const file of files) {
  process.stdout.write(`running bench/${file} …\n`)
  const run = spawnSync('npx', ['tsx', join('bench', file)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' }
  })
  const line = (run.stdout ?? '').split('\n').find((text) => text.startsWith(MARKER))
  if (run.status !== 0 || !line) {
    failures.push({ file, status: run.status, stderr: (run.stderr ?? '').slice(-2000) })
    continue
  }
  rows.push(...JSON.parse(line.slice(MARKER.length)).map((row) => ({ file, ...row })))
}

const fmt = (value, digits = 1) =>
  typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '—'
const header = [
  'benchmark',
  'median ms',
  'p95 ms',
  'peak RSS MB',
  'baseline',
  'ratio',
  'target',
  'met'
]
const table = rows.map((row) => [
  row.name,
  fmt(row.medianMs),
  fmt(row.p95Ms),
  fmt(row.peakRssMB, 0),
  row.baseline ? `${row.baseline.name} ${fmt(row.baseline.medianMs)} ms` : '—',
  fmt(row.ratio, 2),
  row.target ?? '—',
  row.met === undefined ? '—' : row.met ? 'yes' : 'NO'
])
const widths = header.map((title, i) =>
  Math.max(title.length, ...table.map((cells) => String(cells[i]).length))
)
const print = (cells) =>
  process.stdout.write(
    `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |\n`
  )
process.stdout.write('\n')
print(header)
print(widths.map((width) => '-'.repeat(width)))
table.forEach(print)
for (const row of rows.filter((row) => row.notes))
  process.stdout.write(`  note (${row.name}): ${row.notes}\n`)
for (const failure of failures) {
  process.stdout.write(
    `\nbench/${failure.file} did not report (exit ${failure.status}):\n${failure.stderr}\n`
  )
}

mkdirSync('bench-results', { recursive: true })
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const output = join('bench-results', `bench-${stamp}.json`)
writeFileSync(
  output,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      rows,
      failures
    },
    null,
    2
  )
)
process.stdout.write(`\nwritten: ${output}\n`)
