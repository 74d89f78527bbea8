import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ExcelJS from 'exceljs'
import { defaultUserDataDir, runInventory } from '../../../../src/main/cli/commands/inventory'
import { InventoryLibrary } from '../../../../src/main/services/inventory/library-store'
import { captureCliIO } from '../../../support/cli-io'

const dir = mkdtempSync(join(tmpdir(), 'cli-inventory-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeEach(() => {
  vi.stubEnv('LC_ALL', '')
  vi.stubEnv('LC_MESSAGES', '')
  vi.stubEnv('LANG', 'en_US.UTF-8')
})
afterEach(() => vi.unstubAllEnvs())

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const CSV =
  'Model,Vendor,Memory (GB),Unit price,Qty\n' +
  'H100 SXM5 80GB,NVIDIA,80,200000,4\n' +
  ',NVIDIA,40,1,1\n'

describe('inventory import', () => {
  it('prints the mapping, each row with its outcome and catalog match, the issues and a summary', async () => {
    const io = captureCliIO()
    expect(await runInventory(['import', file('gpus.csv', CSV), '--currency', 'USD'], io)).toBe(0)
    const lines = io.stdout.split('\n')
    expect(lines[0]).toBe('Sheet: gpus  (csv, utf-8)')
    expect(lines[1]).toBe('Header row: 1')
    expect(io.stdout).toMatch(/ {2}A {3}Model\s+→ name/)
    // Row 2: the price names no currency, so --currency's USD is assumed with a warning; the
    // catalog card's price differs from 200,000 USD, so the match is "differs".
    expect(lines).toContain(
      '       2  Accepted with warnings: H100 SXM5 80GB, 80 GB, 4 on hand, 200000 USD  [Differs from catalog: nvidia-h100-sxm5-80gb]'
    )
    expect(lines).toContain(
      '  warn  File gpus.csv, row 2, column D, field unit price: The price has no currency; USD was assumed.'
    )
    expect(lines).toContain('       3  Rejected')
    expect(io.stdout).toContain('Warnings and rejections:')
    // 2 rows read: 0 clean, 1 with warnings, 1 rejected.
    expect(lines.at(-2)).toBe(
      '2 rows read: 0 accepted, 1 accepted with warnings, 1 rejected (0 blank rows skipped, 0 duplicates).'
    )
  })

  it('prints the report and rows as one JSON object with --json', async () => {
    const io = captureCliIO()
    expect(await runInventory(['import', file('gpus.csv', CSV), '--json'], io)).toBe(0)
    const printed = JSON.parse(io.stdout)
    expect(printed.counts).toMatchObject({ rowsRead: 2, rejected: 1 })
    expect(printed.rows[0].match.catalogId).toBe('nvidia-h100-sxm5-80gb')
    // No --currency: the CNY default, with a warning on the row.
    expect(printed.rows[0].item.price).toEqual({ amount: 200000, currency: 'CNY' })
  })

  it('ignores a --currency that is not a three-letter code', async () => {
    const io = captureCliIO()
    await runInventory(['import', file('gpus.csv', CSV), '--currency', 'usd', '--json'], io)
    expect(JSON.parse(io.stdout).rows[0].item.price.currency).toBe('CNY')
  })

  it('exits 2 with the usage when no file is given, and with the located message for a bad file', async () => {
    const none = captureCliIO()
    expect(await runInventory(['import'], none)).toBe(2)
    expect(none.stderr).toContain('Usage: compute-planner inventory import FILE')
    const empty = captureCliIO()
    expect(await runInventory(['import', file('empty.csv', ' \n'), '--json'], empty)).toBe(2)
    expect(empty.stderr).toContain('The file empty.csv is empty.')
    // --json repeats the error on stdout.
    expect(JSON.parse(empty.stdout).error).toMatchObject({ exitCode: 2, code: 'INVALID_INPUT' })
  })

  it('exits 2 naming the file when it cannot be read', async () => {
    const io = captureCliIO()
    expect(await runInventory(['import', join(dir, 'absent.csv')], io)).toBe(2)
    expect(io.stderr).toContain('absent.csv')
  })

  it('exits 2 naming the sheets when --sheet names none of them', async () => {
    const book = new ExcelJS.Workbook()
    book.addWorksheet('GPUs').addRows([
      ['Model', 'Vendor', 'Memory (GB)'],
      ['H100', 'NVIDIA', 80]
    ])
    const path = join(dir, 'book.xlsx')
    writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()))
    const io = captureCliIO()
    expect(await runInventory(['import', path, '--sheet', 'Servers'], io)).toBe(2)
    expect(io.stderr).toContain(
      'The workbook book.xlsx has no sheet named Servers. Its sheets are: GPUs.'
    )
  })
})

describe('inventory export', () => {
  it('writes the library to a workbook and says how many entries', async () => {
    const library = join(dir, 'library')
    await new InventoryLibrary(library).save([
      { id: 'h100', kind: 'accelerator', name: 'H100 SXM5 80GB', memoryGB: 80 },
      { id: 'a100', kind: 'accelerator', name: 'A100 40GB', memoryGB: 40 }
    ])
    const target = join(dir, 'out.xlsx')
    const io = captureCliIO()
    expect(await runInventory(['export', target, '--library', library], io)).toBe(0)
    expect(io.stdout).toBe(`Wrote 2 entries to ${target}.\n`)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(target)
    // Header + 2 entries.
    expect(book.worksheets[0].rowCount).toBe(3)
  })

  it('warns that an empty library gives only the header', async () => {
    const empty = join(dir, 'empty-library')
    const io = captureCliIO()
    expect(await runInventory(['export', join(dir, 'none.xlsx'), '--library', empty], io)).toBe(0)
    expect(io.stderr).toContain(`The inventory library in ${empty} is empty`)
    expect(io.stdout).toContain('Wrote 0 entries')
  })

  it('exits 2 without an output file, and 1 when the file cannot be written', async () => {
    const none = captureCliIO()
    expect(await runInventory(['export'], none)).toBe(2)
    expect(none.stderr).toContain('Give the file to write, e.g. inventory.xlsx.')
    const blocked = captureCliIO()
    const target = join(dir, 'no-such-folder', 'out.xlsx')
    expect(
      await runInventory(['export', target, '--library', join(dir, 'empty-library')], blocked)
    ).toBe(1)
    expect(blocked.stderr).toContain(target)
  })

  it('exits 2 with the usage for an unknown subcommand', async () => {
    const io = captureCliIO()
    expect(await runInventory(['frobnicate'], io)).toBe(2)
    expect(io.stderr).toContain('Usage: compute-planner inventory import FILE')
  })
})

describe('defaultUserDataDir', () => {
  it('is where Electron keeps userData for "Compute Planner" on each platform', () => {
    vi.stubEnv('APPDATA', 'C:\\Users\\a\\AppData\\Roaming')
    vi.stubEnv('XDG_CONFIG_HOME', '/home/a/.config-x')
    expect(defaultUserDataDir('win32')).toBe(
      join('C:\\Users\\a\\AppData\\Roaming', 'Compute Planner')
    )
    expect(defaultUserDataDir('darwin')).toBe(
      join(homedir(), 'Library', 'Application Support', 'Compute Planner')
    )
    expect(defaultUserDataDir('linux')).toBe(join('/home/a/.config-x', 'Compute Planner'))
  })
})
