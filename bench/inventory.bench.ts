/**
 * Inventory import benchmark (issue 4). Generates, from a fixed seed, a 100,000-row × 12-column
 * inventory workbook (shared strings, units and currencies inside cells, like a real export)
 * and the same rows as CSV, in a temp dir. Each measurement runs in its own child process so
 * its peak RSS is its own:
 *   - baseline: a bare exceljs streaming read of the workbook (every row visited, nothing kept)
 *   - import:   the full import as the import job runs it (zip guard, sheet choice, header
 *               detection, cell parsing, duplicates); catalog matches are computed per result page
 *   - csv:      the full import of the CSV
 * Targets: import ≤ 1.5× baseline, peak RSS < 300 MB, CSV < 1 s. Times are the median of 3
 * runs after a warm-up; peak RSS is from a separate fresh process doing exactly one run.
 * Run:  npx tsx bench/inventory.bench.ts   (or `npm run bench -- inventory`)
 */
import { spawnSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { peakRssMB, report, seededRandom, time, type BenchRow, type Timing } from './lib/harness'

const ROWS = 100_000
const RUNS = 3
const CHILD_MARKER = '@@inventory-child@@'

const MODELS = [
  ['NVIDIA', 'A100-SXM4-80GB', 80, 2039, 312, 624],
  ['NVIDIA', 'H100 SXM5 80GB', 80, 3350, 989, 1979],
  ['NVIDIA', 'L40S', 48, 864, 362, 733],
  ['NVIDIA', 'T4', 16, 320, 65, 130],
  ['AMD', 'MI300X', 192, 5300, 1307, 2615],
  ['华为', 'Atlas 300I Pro', 24, 204.8, 70, 140],
  ['华为', 'Ascend 910B', 64, 1600, 320, 640],
  ['寒武纪', 'MLU370-X8', 48, 614, 96, 256]
] as const

const HEADER = [
  '厂商',
  '型号',
  '显存',
  '显存带宽',
  'FP16 TFLOPS',
  'BF16',
  'INT8 TOPS',
  '功耗',
  '单价',
  '数量',
  '报价日期',
  '备注'
]

type Row = (string | number)[]

function makeRows(): Row[] {
  const random = seededRandom(20241127)
  const rows: Row[] = []
  for (let index = 0; index < ROWS; index++) {
    const [vendor, model, memory, bandwidth, fp16, int8] =
      MODELS[Math.floor(random() * MODELS.length)]
    const style = Math.floor(random() * 4)
    rows.push([
      vendor,
      `${model} (asset ${100000 + index})`,
      style === 0 ? memory : `${memory}GB`,
      style === 1 ? `${bandwidth / 1000} TB/s` : `${bandwidth} GB/s`,
      style === 2 ? `${fp16} TFLOPS` : fp16,
      fp16,
      style === 3 ? `${int8 * 2} TOPS (sparse)` : `${int8.toLocaleString('en-US')} TOPS`,
      style === 0 ? `${(350 / 1000).toFixed(2)} kW` : `${300 + Math.floor(random() * 400)}W`,
      style === 1
        ? `${(10 + Math.floor(random() * 30)).toString()}万`
        : `$${(8000 + Math.floor(random() * 30000)).toLocaleString('en-US')}`,
      1 + Math.floor(random() * 16),
      `2024-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`,
      `rack ${Math.floor(random() * 200)}`
    ])
  }
  return rows
}

async function writeWorkbook(path: string, rows: Row[]): Promise<void> {
  const ExcelJS = (await import('exceljs')).default
  const stream = createWriteStream(path)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: true,
    useStyles: false
  })
  const sheet = workbook.addWorksheet('清单')
  sheet.addRow(['2024 GPU 资产清单']).commit()
  sheet.addRow(HEADER).commit()
  for (const row of rows) sheet.addRow(row).commit()
  sheet.commit()
  await workbook.commit()
  await finished(stream)
}

function csvField(value: string | number): string {
  const text = String(value)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function writeCsv(path: string, rows: Row[]): void {
  const lines = [HEADER.join(','), ...rows.map((row) => row.map(csvField).join(','))]
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`)
}

// ---- child measurements -------------------------------------------------------------------

async function bareStreamingRead(path: string): Promise<number> {
  const ExcelJS = (await import('exceljs')).default
  const { Readable } = await import('node:stream')
  // Same input as the import gets: the file's bytes in memory (uploads arrive as base64).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([readFileSync(path)]), {})
  let rows = 0
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      if ((row as { values: unknown[] }).values.length > 0) rows++
    }
  }
  return rows
}

async function fullImport(path: string, fileName: string): Promise<number> {
  const { importInventory } = await import('../src/main/services/inventory/import-inventory')
  // As the import job runs it: catalog matches are attached per result page, not here.
  const outcome = await importInventory({ file: fileName, bytes: readFileSync(path) })
  if (outcome.report.counts.rowsRead !== ROWS)
    throw new Error(`read ${outcome.report.counts.rowsRead} rows, expected ${ROWS}`)
  return outcome.report.counts.rowsRead
}

/**
 * `time` mode: one warm-up (which also checks the row count), then RUNS timed runs.
 * `memory` mode: exactly one run in a fresh process, so the peak RSS is that of one import
 * (what a user's import costs), not the garbage left by earlier runs in the same process.
 */
async function runChild(kind: string, path: string, mode: string): Promise<void> {
  const measure =
    kind === 'baseline'
      ? () => bareStreamingRead(path)
      : kind === 'import'
        ? () => fullImport(path, 'inventory.xlsx')
        : () => fullImport(path, 'inventory.csv')
  if (mode === 'memory') {
    const rowsSeen = await measure()
    const timing = { samples: [], medianMs: NaN, p95Ms: NaN }
    process.stdout.write(
      `${CHILD_MARKER}${JSON.stringify({ timing, peakRssMB: peakRssMB(), rowsSeen })}\n`
    )
    return
  }
  const rowsSeen = await measure()
  const timing = await time(measure, { runs: RUNS, warmup: 0 })
  process.stdout.write(
    `${CHILD_MARKER}${JSON.stringify({ timing, peakRssMB: peakRssMB(), rowsSeen })}\n`
  )
}

interface ChildResult {
  timing: Timing
  peakRssMB: number
  rowsSeen: number
}

function spawnChild(kind: string, path: string, mode: 'time' | 'memory'): ChildResult {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, __filename, '--child', kind, path, mode],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: process.env.TSX_TSCONFIG_PATH ?? 'tsconfig.node.json'
      }
    }
  )
  const line = (run.stdout ?? '').split('\n').find((text) => text.startsWith(CHILD_MARKER))
  if (run.status !== 0 || !line)
    throw new Error(`child ${kind} failed (${run.status}): ${run.stderr}`)
  return JSON.parse(line.slice(CHILD_MARKER.length)) as ChildResult
}

/** Timing from a `time` child, peak RSS from a fresh `memory` child. */
function measureBoth(kind: string, path: string): ChildResult {
  const timed = spawnChild(kind, path, 'time')
  const memory = spawnChild(kind, path, 'memory')
  return { ...timed, peakRssMB: memory.peakRssMB }
}

async function main(): Promise<void> {
  const childIndex = process.argv.indexOf('--child')
  if (childIndex >= 0) {
    await runChild(
      process.argv[childIndex + 1],
      process.argv[childIndex + 2],
      process.argv[childIndex + 3]
    )
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'inventory-bench-'))
  try {
    const rows = makeRows()
    const xlsx = join(dir, 'inventory.xlsx')
    const csv = join(dir, 'inventory.csv')
    await writeWorkbook(xlsx, rows)
    writeCsv(csv, rows)
    const sizes = `xlsx ${(readFileSync(xlsx).length / 1e6).toFixed(1)} MB, csv ${(readFileSync(csv).length / 1e6).toFixed(1)} MB`

    const baseline = measureBoth('baseline', xlsx)
    const imported = measureBoth('import', xlsx)
    const csvImport = measureBoth('csv', csv)
    const ratio = imported.timing.medianMs / baseline.timing.medianMs
    const baselineRow: BenchRow = {
      name: `inventory: bare exceljs streaming read, ${ROWS.toLocaleString('en-US')} rows × 12 cols`,
      medianMs: baseline.timing.medianMs,
      p95Ms: baseline.timing.p95Ms,
      peakRssMB: baseline.peakRssMB,
      runs: RUNS,
      notes: sizes
    }
    const rowsOut: BenchRow[] = [
      baselineRow,
      {
        name: `inventory: import .xlsx, ${ROWS.toLocaleString('en-US')} rows × 12 cols (guard, detect, parse)`,
        medianMs: imported.timing.medianMs,
        p95Ms: imported.timing.p95Ms,
        peakRssMB: imported.peakRssMB,
        runs: RUNS,
        baseline: { name: 'bare exceljs streaming read', medianMs: baseline.timing.medianMs },
        ratio,
        target: '≤ 1.5× baseline, < 300 MB',
        met: ratio <= 1.5 && imported.peakRssMB < 300
      },
      {
        name: `inventory: import .csv, ${ROWS.toLocaleString('en-US')} rows × 12 cols`,
        medianMs: csvImport.timing.medianMs,
        p95Ms: csvImport.timing.p95Ms,
        peakRssMB: csvImport.peakRssMB,
        runs: RUNS,
        target: '< 1000 ms, < 300 MB',
        met: csvImport.timing.medianMs < 1000 && csvImport.peakRssMB < 300
      }
    ]
    for (const row of rowsOut) {
      process.stderr.write(
        `${row.name}: median ${row.medianMs.toFixed(0)} ms, p95 ${row.p95Ms.toFixed(0)} ms, peak RSS ${row.peakRssMB.toFixed(0)} MB${row.ratio ? `, ratio ${row.ratio.toFixed(2)}` : ''}${row.met === undefined ? '' : row.met ? ' (target met)' : ' (TARGET MISSED)'}\n`
      )
    }
    report(rowsOut)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
