#!/usr/bin/env node
/**
 * `npm run check:libreoffice`: proves the quote workbooks recalculate in LibreOffice to the
 * numbers the app caches in them. For every example plan it writes the quote with the CLI,
 * removes every formula's cached result (so LibreOffice must compute it), converts every
 * sheet to CSV with headless LibreOffice (raw values, not as shown), and compares each
 * formula cell with the cached value. Needs `soffice` (Debian: libreoffice-calc-nogui) and
 * a build (`npm run build`); not part of `npm test` because CI machines lack LibreOffice.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import ExcelJS from 'exceljs'

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' })
if (soffice.status !== 0) {
  console.error(
    'soffice not found: install LibreOffice Calc (apt-get install libreoffice-calc-nogui).'
  )
  process.exit(2)
}
// Field separator, quote, UTF-8, from line 1, …, raw values (not as shown), all sheets (-1).
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'

function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') {
        quoted = false
      } else {
        field += c
      }
    } else if (c === '"') {
      quoted = true
    } else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (c !== '\r') {
      field += c
    }
  }
  if (field || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** LibreOffice keeps the % of percent-formatted cells even for raw values. */
const numberOf = (text) => (/%$/.test(text) ? Number(text.slice(0, -1)) / 100 : Number(text))

/** Formulas of the quote's VAT columns: unit price and line total with VAT (issue 15). */
const VAT_FORMULA = /^[FH]\d+\*(?:\(1-G\d+\)\*)?\(1\+I\d+\)$/

async function checkPlan(planPath, dir, lang) {
  const name = `${basename(planPath, '.cplan')}-${lang}`
  const quote = join(dir, `${name}.xlsx`)
  const cli = spawnSync(
    process.execPath,
    ['bin/compute-planner.cjs', 'estimate', planPath, '--lang', lang, '--quote', quote],
    {
      encoding: 'utf8'
    }
  )
  if (cli.status !== 0) return { name, error: cli.stderr.trim() }
  const original = new ExcelJS.Workbook()
  await original.xlsx.readFile(quote)
  const stripped = new ExcelJS.Workbook()
  await stripped.xlsx.readFile(quote)
  stripped.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cell.value = { formula: cell.formula }
      })
    )
  )
  const input = join(dir, `${name}-uncached.xlsx`)
  await stripped.xlsx.writeFile(input)
  const convert = spawnSync(
    'soffice',
    ['--headless', '--convert-to', CSV_FILTER, '--outdir', dir, input],
    {
      encoding: 'utf8',
      timeout: 120_000
    }
  )
  if (convert.status !== 0) return { name, error: convert.stderr.trim() }
  let compared = 0
  let vat = 0
  const differing = []
  original.eachSheet((sheet) => {
    const csv = parseCsv(readFileSync(join(dir, `${name}-uncached-${sheet.name}.csv`), 'utf8'))
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (!cell.formula || typeof cell.result !== 'number') return
        compared++
        if (VAT_FORMULA.test(cell.formula)) vat++
        const text = csv[r - 1]?.[c - 1] ?? ''
        const value = numberOf(text)
        if (!(Math.abs(value - cell.result) <= 1e-9 * Math.max(1, Math.abs(cell.result))))
          differing.push(
            `${sheet.name}!${cell.address} cached ${cell.result}, LibreOffice ${text} (=${cell.formula})`
          )
      })
    )
  })
  // The VAT columns are formulas on every priced quote: a quote without them is a regression.
  if (vat === 0) differing.push('no VAT-column formulas on the Quote sheet')
  return { name, compared, vat, differing }
}

const dir = mkdtempSync(join(tmpdir(), 'cp-libreoffice-'))
const plans = readdirSync('resources/examples')
  .filter((file) => file.endsWith('.cplan'))
  .map((file) => join('resources/examples', file))
let failed = 0
// Both languages: the zh-CN quote adds the procurement block and the total in capitals.
for (const [plan, lang] of plans.flatMap((plan) => [
  [plan, 'en'],
  [plan, 'zh-CN']
])) {
  const result = await checkPlan(plan, dir, lang)
  if (result.error) {
    console.log(`${result.name}: could not check (${result.error.split('\n')[0]})`)
    failed++
    continue
  }
  console.log(
    `${result.name}: ${result.compared} formula cells recalculated by LibreOffice (${result.vat} in the VAT columns), ${result.differing.length} differ`
  )
  for (const line of result.differing.slice(0, 10)) console.log(`  ${line}`)
  if (result.differing.length) failed++
}
process.exit(failed === 0 ? 0 : 1)
