/**
 * Issue 17's worst importer inputs (findings 2–4), each imported once in its own fresh child
 * process so the time and peak RSS are that input's alone:
 *   2  a 1 MB price cell of spaces + "sparse"; a header of 100,000 "(" (ReDoS before: minutes / 32 s)
 *   3  one 40 MB shared string; one 40 MB comment (12–18 s before; 120 MB took 99 s, 571 MB)
 *   4  20,000 overlapping merges over 3,000 rows (38 s before); 10 non-sheet parts of 9 MB of
 *      <mergeCell> tags (a merge flood outside the sheets: 1.3 GB before)
 * Targets: each under 2 s and 300 MB. An input the importer now refuses (over the token cap)
 * reports how fast it is refused.
 * Run:  npx tsx bench/importer-attacks.bench.ts   (or `npm run bench -- importer-attacks`)
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { peakRssMB, report, seededRandom, type BenchRow } from './lib/harness'
import { sharedStringsXml, sheetXml, xlsxPackage, type RawCell } from '../fuzz/xlsx'

const CHILD_MARKER = '@@attack-child@@'

/** Text that compresses like real text (~10×), so the zip-bomb ratio guard does not stop it first. */
function textLike(length: number): string {
  const random = seededRandom(17)
  const words = ['gpu', 'card', 'price', 'memory', 'rack', 'node', 'power', 'vendor']
  const parts: string[] = []
  let total = 0
  while (total < length) {
    const word = words[Math.floor(random() * words.length)] + String(Math.floor(random() * 100))
    parts.push(word)
    total += word.length + 1
  }
  return parts.join(' ').slice(0, length)
}

const HEADER: RawCell[] = ['Model', 'Vendor', 'Memory (GB)', 'Price'].map((text) => ({ text }))

interface Case {
  name: string
  file: string
  make: () => Buffer
  before: string
}

const CASES: Case[] = [
  {
    name: 'finding 2: 1 MB price cell of spaces + "sparse" (CSV)',
    file: 'spaces.csv',
    before: 'minutes',
    make: () => Buffer.from(`Model,Price\nA100,"${' '.repeat(1_000_000)}sparse"\n`)
  },
  {
    name: 'finding 2: header of 100,000 "(" (CSV)',
    file: 'brackets.csv',
    before: '13–32 s',
    make: () => Buffer.from(`Model,${'('.repeat(100_000)}\nA100,1\n`)
  },
  {
    name: 'finding 3: one 40 MB shared string (.xlsx)',
    file: 'token.xlsx',
    before: '12–18 s',
    make: () =>
      xlsxPackage(
        sheetXml([HEADER, [{ shared: '0' }, { text: 'NVIDIA' }]]),
        sharedStringsXml([textLike(40_000_000)])
      )
  },
  {
    name: 'finding 3: one 40 MB comment in the sheet (.xlsx)',
    file: 'comment.xlsx',
    before: '12–18 s',
    make: () =>
      xlsxPackage(
        sheetXml([HEADER, [{ text: 'A100' }, { text: 'NVIDIA' }]], {
          prolog: `<!--${textLike(40_000_000)}-->`
        })
      )
  },
  {
    name: 'finding 4: 20,000 overlapping merges over 3,000 rows (.xlsx)',
    file: 'merges.xlsx',
    before: '38 s',
    make: () => {
      const random = seededRandom(4)
      const rows: RawCell[][] = [HEADER]
      for (let r = 0; r < 3000; r++)
        rows.push([{ text: `GPU ${r}` }, { text: 'NVIDIA' }, { number: '80' }])
      const merges: string[] = []
      for (let m = 0; m < 20_000; m++) {
        const top = 2 + Math.floor(random() * 2900)
        merges.push(`<mergeCell ref="B${top}:D${top + Math.floor(random() * (3001 - top))}"/>`)
      }
      return xlsxPackage(sheetXml(rows, { merge: `<mergeCells>${merges.join('')}</mergeCells>` }))
    }
  },
  {
    name: 'finding 4: 10 non-sheet parts of 9 MB <mergeCell> tags (.xlsx)',
    file: 'flood.xlsx',
    before: '1.3 GB',
    make: () => {
      const random = seededRandom(5)
      const part = () => {
        const tags: string[] = []
        let size = 0
        while (size < 9_000_000) {
          const tag = `<mergeCell ref="A${1 + Math.floor(random() * 1e6)}:C${1 + Math.floor(random() * 1e6)}"/>`
          tags.push(tag)
          size += tag.length
        }
        return Buffer.from(`<a>${tags.join('')}</a>`)
      }
      const extra = Array.from({ length: 10 }, (_, index) => ({
        name: `xl/custom/part${index}.xml`,
        data: part()
      }))
      return xlsxPackage(
        sheetXml([HEADER, [{ text: 'A100' }, { text: 'NVIDIA' }]]),
        undefined,
        extra
      )
    }
  }
]

async function runChild(path: string, file: string): Promise<void> {
  const { importInventory } = await import('../src/main/services/inventory/import-inventory')
  const started = performance.now()
  let outcome: string
  try {
    const { report: result } = await importInventory({ file, bytes: readFileSync(path) })
    outcome = `${result.counts.rowsRead} rows, ${result.counts.acceptedWithWarnings} with warnings`
  } catch (error) {
    outcome = `refused: ${(error as Error).message.slice(0, 90)}`
  }
  const ms = performance.now() - started
  process.stdout.write(`${CHILD_MARKER}${JSON.stringify({ ms, rss: peakRssMB(), outcome })}\n`)
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child')
  if (childAt >= 0) return runChild(process.argv[childAt + 1], process.argv[childAt + 2])
  const dir = mkdtempSync(join(tmpdir(), 'importer-attacks-'))
  const rows: BenchRow[] = []
  try {
    for (const attack of CASES) {
      const path = join(dir, attack.file)
      const bytes = attack.make()
      writeFileSync(path, bytes)
      const run = spawnSync(
        process.execPath,
        [...process.execArgv, __filename, '--child', path, attack.file],
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
      if (!line) throw new Error(`${attack.name}: child failed: ${run.stderr}`)
      const { ms, rss, outcome } = JSON.parse(line.slice(CHILD_MARKER.length)) as {
        ms: number
        rss: number
        outcome: string
      }
      const row: BenchRow = {
        name: `importer attack, ${attack.name}`,
        medianMs: ms,
        p95Ms: ms,
        peakRssMB: rss,
        runs: 1,
        target: '< 2000 ms, < 300 MB',
        met: ms < 2000 && rss < 300,
        notes: `${(bytes.length / 1e6).toFixed(1)} MB file; before: ${attack.before}; now: ${outcome}`
      }
      process.stderr.write(
        `${row.name}: ${ms.toFixed(0)} ms, peak RSS ${rss.toFixed(0)} MB — ${row.notes}\n`
      )
      rows.push(row)
    }
    report(rows)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
