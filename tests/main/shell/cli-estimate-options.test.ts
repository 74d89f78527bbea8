import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { captureCliIO } from '../../support/cli-io'

const ROOT = resolve(__dirname, '../../..')
const COMPARE_PLAN = join(ROOT, 'resources/examples/datacenter-compare.cplan')
const INVENTORY = join(ROOT, 'tests/fixtures/inventory/en-units.xlsx')

describe('compute-planner estimate --inventory / --quote', () => {
  it('adds an imported inventory to the plan and reports the import with locations', async () => {
    const io = captureCliIO()
    const code = await runCli(['estimate', COMPARE_PLAN, '--inventory', INVENTORY, '--json'], io)
    expect(code).toBe(0)
    const json = JSON.parse(io.stdout) as {
      totals: { compare?: { candidates: { acceleratorId: string; origin: string }[] } }
    }
    const ids =
      json.totals.compare?.candidates
        .filter((candidate) => candidate.origin === 'inventory')
        .map((candidate) => candidate.acceleratorId) ?? []
    expect(ids).toEqual(expect.arrayContaining(['inv-h100-sxm5-80gb', 'inv-t4']))
    expect(io.stderr).toMatch(/8 rows read: 8 accepted, 0 rejected/)
    // Sparse figures that were not confirmed never reach the calculation.
    expect(io.stderr).toMatch(/INT8 left out: marked sparse/)
    expect(io.stderr).toMatch(/en-units\.xlsx › Inventory › row \d+ › column [A-Z]+/)
  })

  it('exits 2 with the message when the inventory file is unusable', async () => {
    const io = captureCliIO()
    const bad = join(ROOT, 'tests/fixtures/inventory/renamed-xls.xlsx')
    expect(await runCli(['estimate', COMPARE_PLAN, '--inventory', bad], io)).toBe(2)
    expect(io.stderr).toContain('renamed-xls')
  })

  it('writes the quote workbook; with --json stdout stays one JSON object', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-cli-quote-'))
    const out = join(dir, 'quote.xlsx')
    const io = captureCliIO()
    expect(await runCli(['estimate', COMPARE_PLAN, '--json', '--quote', out], io)).toBe(0)
    expect(() => JSON.parse(io.stdout)).not.toThrow()
    expect(io.stderr).toContain(out)
    expect(existsSync(out)).toBe(true)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((sheet) => sheet.name).length).toBeGreaterThanOrEqual(5)
  })

  it('needs a file name after --quote and --inventory', async () => {
    for (const flag of ['--quote', '--inventory']) {
      const io = captureCliIO()
      expect(await runCli(['estimate', COMPARE_PLAN, flag], io)).toBe(2)
      expect(io.stderr).toContain(`${flag} needs a file name`)
    }
  })
})
