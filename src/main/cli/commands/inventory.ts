/**
 * `compute-planner inventory import FILE [--sheet NAME] [--json] [--halve-sparse] [--currency CODE]`
 * `compute-planner inventory export OUT.xlsx [--library DIR]`
 * The same import pipeline and library as the app, headless. Exit 0 when the file was read
 * (even with rejected rows: they are reported), 2 when the file or the arguments are unusable.
 */
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, join } from 'node:path'
import { translate, type Locale } from '@shared/i18n'
import { ServiceError } from '@shared/ipc/envelope'
import type { ImportReport, ImportedRow, InventoryItem } from '@shared/schema/inventory'
import { CatalogMatcher } from '../../services/inventory/catalog-match'
import { inventoryWorkbookBuffer } from '../../services/inventory/export-xlsx'
import { builtInCatalogEntries, withCatalogMatch } from '../../services/inventory/catalog-source'
import { importInventory } from '../../services/inventory/import-inventory'
import { describeLocation, InventoryError } from '../../services/inventory/issues'
import { InventoryLibrary } from '../../services/inventory/library-store'
import { LIMITS as INVENTORY_LIMITS } from '../../services/inventory/limits'
import { writeFileAtomic } from '../../services/files/atomic-write'
import { checkFileSize } from '../files'
import { environmentLocale } from '../locale'
import { padDisplay, terminalJson, terminalSafeSink } from '../terminal'
import { ErrorReport } from './estimate'

interface CliOutput {
  out(s: string): void
  err(s: string): void
  /** The whole file (default: Node's readFile), read only after its size was checked. */
  readBytes?: (path: string) => Promise<Buffer>
}

const EXIT_OK = 0
const EXIT_FAILURE = 1
const EXIT_INVALID_INPUT = 2

interface ParsedArgs {
  positional: string[]
  flags: Map<string, string | true>
}

const VALUE_FLAGS = new Set(['--sheet', '--library', '--currency'])

function parseArgs(args: string[]): ParsedArgs {
  const positional: string[] = []
  const flags = new Map<string, string | true>()
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (VALUE_FLAGS.has(arg)) {
      flags.set(arg, args[index + 1] ?? '')
      index++
    } else if (arg.startsWith('--')) {
      flags.set(arg, true)
    } else {
      positional.push(arg)
    }
  }
  return { positional, flags }
}

/** Where Electron keeps userData for this app ("Compute Planner"), for the CLI's default library. */
export function defaultUserDataDir(platform: string = process.platform): string {
  const product = 'Compute Planner'
  if (platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), product)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', product)
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), product)
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)))
}

/** One line per row: outcome, name and the figures in canonical units. */
function describeItem(item: InventoryItem): string {
  const parts: string[] = [item.kind === 'server' ? `[server] ${item.name}` : item.name]
  const figures: [keyof InventoryItem, string][] = [
    ['memoryGB', 'GB'],
    ['memoryBandwidthGBs', 'GB/s'],
    ['fp32Tflops', 'TFLOPS fp32'],
    ['tf32Tflops', 'TFLOPS tf32'],
    ['fp16Tflops', 'TFLOPS fp16'],
    ['bf16Tflops', 'TFLOPS bf16'],
    ['fp8Tflops', 'TFLOPS fp8'],
    ['int8Tops', 'TOPS int8'],
    ['int4Tops', 'TOPS int4'],
    ['tdpW', 'W'],
    ['acceleratorsPerServer', 'accelerators/server'],
    ['quantityOnHand', 'on hand']
  ]
  for (const [field, unit] of figures) {
    const value = item[field]
    if (typeof value !== 'number') continue
    const sparse = item.sparse?.[field as keyof NonNullable<InventoryItem['sparse']>]
    const label = sparse ? (sparse.halved ? ' (dense, halved from sparse)' : ' (SPARSE)') : ''
    parts.push(`${formatNumber(value)} ${unit}${label}`)
  }
  if (item.price) parts.push(`${formatNumber(item.price.amount)} ${item.price.currency}`)
  return parts.join(', ')
}

function printText(report: ImportReport, rows: ImportedRow[], io: CliOutput, locale: Locale): void {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(locale, `inventory.${key}`, params)
  io.out(
    `${t('cli.sheet', { sheet: report.sheet })}  (${report.format}${report.encoding ? `, ${report.encoding}` : ''})\n`
  )
  io.out(`${t('cli.headerRow', { row: report.headerRow ?? '-' })}\n`)
  io.out(`${t('cli.mapping')}\n`)
  for (const column of report.columns) {
    const target = column.field ?? '-'
    const hint = column.unitHint ? ` [${column.unitHint}]` : ''
    io.out(
      `  ${column.letter.padEnd(3)} ${padDisplay(column.header, 24)} → ${target.padEnd(22)} ${column.confidence.toFixed(2)} ${column.source}${hint}\n`
    )
  }
  io.out(`${t('cli.rows')}\n`)
  for (const row of rows) {
    const outcome = translate(locale, `inventory.outcome.${row.outcome}`)
    const match = row.match?.catalogId
      ? `  [${translate(locale, 'app.punctuation.labelled', {
          label: translate(locale, `inventory.match.${row.match.status}`),
          value: row.match.catalogId
        })}]`
      : ''
    const item = row.item ? `: ${describeItem(row.item)}` : ''
    io.out(`  ${String(row.row).padStart(6)}  ${outcome}${item}${match}\n`)
  }
  const issues = [...report.fileIssues, ...rows.flatMap((row: ImportedRow) => row.issues)]
  if (issues.length > 0) {
    io.out(`${t('cli.issues')}\n`)
    for (const issue of issues) {
      const message = translate(locale, issue.key, issue.params)
      io.out(
        `  ${issue.severity === 'error' ? 'ERROR' : 'warn '} ${describeLocation(locale, issue.location)}: ${message}\n`
      )
    }
  }
  const { counts } = report
  io.out(
    `${t('summary', {
      rowsRead: counts.rowsRead,
      accepted: counts.accepted,
      acceptedWithWarnings: counts.acceptedWithWarnings,
      rejected: counts.rejected,
      blank: counts.blankRowsSkipped,
      duplicates: counts.duplicates
    })}\n`
  )
}

async function runImport(parsed: ParsedArgs, io: CliOutput, locale: Locale): Promise<number> {
  const path = parsed.positional[0]
  if (!path) {
    io.err(`${translate(locale, 'inventory.cli.usage')}\n`)
    return EXIT_INVALID_INPUT
  }
  // The size first, as the desktop does: a 1.2 GB file is refused without being read.
  const size = await checkFileSize(path, INVENTORY_LIMITS.maxFileBytes, locale)
  if (!size.ok) {
    io.err(`${size.message}\n`)
    return EXIT_INVALID_INPUT
  }
  let bytes: Buffer
  try {
    bytes = await (io.readBytes ?? ((file: string) => readFile(file)))(path)
  } catch (error) {
    io.err(`${path}: ${(error as Error).message}\n`)
    return EXIT_INVALID_INPUT
  }
  const sheet = parsed.flags.get('--sheet')
  const currency = parsed.flags.get('--currency')
  const outcome = await importInventory({
    file: basename(path),
    bytes,
    sheet: typeof sheet === 'string' ? sheet : undefined,
    halveSparse: parsed.flags.has('--halve-sparse'),
    defaultCurrency:
      typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) ? currency : undefined
  })
  const catalog = new CatalogMatcher(builtInCatalogEntries())
  const rows = outcome.rows.map((row) => withCatalogMatch(row, catalog))
  if (parsed.flags.has('--json')) {
    io.out(`${terminalJson({ ...outcome.report, rows })}\n`)
  } else {
    printText(outcome.report, rows, io, locale)
  }
  return EXIT_OK
}

async function runExport(parsed: ParsedArgs, io: CliOutput, locale: Locale): Promise<number> {
  const target = parsed.positional[0]
  if (!target) {
    io.err(
      `${translate(locale, 'inventory.error.noOutputFile')}\n${translate(locale, 'inventory.cli.usage')}\n`
    )
    return EXIT_INVALID_INPUT
  }
  const libraryFlag = parsed.flags.get('--library')
  const directory =
    typeof libraryFlag === 'string' && libraryFlag !== '' ? libraryFlag : defaultUserDataDir()
  const entries = await new InventoryLibrary(directory).load()
  // The shared atomic write: an exclusively created temporary file with an unpredictable
  // name, so an interrupted export never leaves half a workbook and a link planted beside
  // the target is never followed. The library is bounded (10,000 rows): built in memory.
  try {
    await writeFileAtomic(target, await inventoryWorkbookBuffer(entries), { keepBackup: false })
  } catch (error) {
    io.err(`${target}: ${(error as Error).message}\n`)
    return EXIT_FAILURE
  }
  if (entries.length === 0)
    io.err(`${translate(locale, 'inventory.cli.libraryEmpty', { dir: directory })}\n`)
  io.out(
    `${translate(locale, 'inventory.cli.exported', { count: entries.length, file: target })}\n`
  )
  return EXIT_OK
}

export async function runInventory(args: string[], rawIO: CliOutput): Promise<number> {
  const safeIO = terminalSafeSink(rawIO)
  const report = new ErrorReport(safeIO)
  // Error lines are recorded too, so that --json can repeat them as JSON on stdout.
  const io: CliOutput = { ...safeIO, err: report.sink }
  const code = await inventoryCommand(args, io)
  if (code !== EXIT_OK && args.includes('--json')) safeIO.out(report.json(code))
  return code
}

async function inventoryCommand(args: string[], io: CliOutput): Promise<number> {
  const locale = environmentLocale()
  const [subcommand, ...rest] = args
  const parsed = parseArgs(rest)
  try {
    if (subcommand === 'import') return await runImport(parsed, io, locale)
    if (subcommand === 'export') return await runExport(parsed, io, locale)
    io.err(`${translate(locale, 'inventory.cli.usage')}\n`)
    return EXIT_INVALID_INPUT
  } catch (error) {
    if (error instanceof InventoryError) {
      const where = error.issues?.[0]?.path
      io.err(`${error.localized(locale)}${where ? `\n  (${where})` : ''}\n`)
      return EXIT_INVALID_INPUT
    }
    if (error instanceof ServiceError) {
      io.err(`${error.message}\n`)
      return EXIT_INVALID_INPUT
    }
    io.err(`inventory: ${(error as Error).message ?? String(error)}\n`)
    return EXIT_FAILURE
  }
}
