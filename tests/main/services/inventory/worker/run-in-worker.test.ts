/**
 * importInWorker / inspectInWorker called directly: what the worker sends back is what the
 * in-process importer gives, failures come back as the same located errors, and Cancel ends
 * the run. The budget and hostile-file cases run through the IPC handlers in
 * tests/main/inventory/import-worker.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { InventoryError } from '../../../../../src/main/services/inventory/issues'
import { importInventory } from '../../../../../src/main/services/inventory/import-inventory'
import { CatalogMatcher } from '../../../../../src/main/services/inventory/catalog-match'
import { builtInCatalogEntries } from '../../../../../src/main/services/inventory/catalog-source'
import {
  importInWorker,
  inspectInWorker,
  runningImportWorkers
} from '../../../../../src/main/services/inventory/worker/run-in-worker'

const TEXT =
  'Model,Vendor,Memory (GB),Qty\nH100 SXM5 80GB,NVIDIA,80,4\n\nA100 40GB,NVIDIA,40,2\n,x,1,1\n'
const input = (text: string, extra: object = {}) => ({
  file: 'gpus.csv',
  bytes: Buffer.from(text, 'utf8'),
  remembered: {},
  ...extra
})

describe('importInWorker', () => {
  it('gives the report and rows the in-process importer gives, with catalog matches', async () => {
    const progress: number[] = []
    const catalog = new CatalogMatcher(builtInCatalogEntries())
    const done = await importInWorker(
      input(TEXT),
      { onProgress: (rows) => progress.push(rows) },
      catalog
    )
    const local = await importInventory({ file: 'gpus.csv', bytes: Buffer.from(TEXT) })
    expect(done.report).toEqual(local.report)
    // Rows 2 and 4 accepted, row 5 rejected (no model): 3 rows read, the blank one skipped.
    expect(done.report.counts).toMatchObject({ rowsRead: 3, rejected: 1, blankRowsSkipped: 1 })
    const rows = done.table.toArray()
    expect(rows.map((row) => row.item)).toEqual(local.rows.map((row) => row.item))
    // The rows rebuilt in main are matched against the catalog passed here.
    expect(rows[0].match).toMatchObject({ catalogId: 'nvidia-h100-sxm5-80gb' })
    expect(progress.at(-1)).toBe(3)
    expect(done.workerThreadId).toBeGreaterThan(0)
    expect(runningImportWorkers()).toBe(0)
  })

  it('applies a remembered mapping sent as data, by header signature', async () => {
    const text = 'Model,Vendor,Qty,Card figure\nH100,NVIDIA,1,80\n'
    const first = await inspectInWorker(input(text))
    expect(first.columns[3].field).toBeNull()
    const remembered = { [first.signature]: [{ index: 4, field: 'memoryGB' as const }] }
    const done = await importInWorker(input(text, { remembered }))
    expect(done.report.remembered).toBe(true)
    expect(done.table.toArray()[0].item?.memoryGB).toBe(80)
  })

  it('rebuilds a refusal in the worker as the same located InventoryError', async () => {
    const failure = importInWorker({
      file: 'blank.csv',
      bytes: Buffer.from('  \n'),
      remembered: {}
    })
    const error = await failure.catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(InventoryError)
    const refusal = error as InventoryError
    expect(refusal.code).toBe('UNSUPPORTED_FILE')
    expect(refusal.location).toEqual({ file: 'blank.csv' })
    // Rebuilt from name and params, so it can be worded in Chinese too.
    expect(refusal.localized('en')).toBe('The file blank.csv is empty.')
    expect(refusal.localized('zh-CN')).toContain('blank.csv')
    expect(refusal.localized('zh-CN')).not.toBe(refusal.localized('en'))
    expect(runningImportWorkers()).toBe(0)
  })

  it('refuses at once when cancelled before it starts, and ends the worker when cancelled during', async () => {
    const before = new AbortController()
    before.abort()
    await expect(importInWorker(input(TEXT), { signal: before.signal })).rejects.toMatchObject({
      code: 'CANCELLED',
      message: 'The import was cancelled.'
    })
    expect(runningImportWorkers()).toBe(0)

    const during = new AbortController()
    const pending = importInWorker(input(TEXT), { signal: during.signal })
    // The worker has the request but cannot have answered: messages arrive on a later turn.
    expect(runningImportWorkers()).toBe(1)
    during.abort()
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(runningImportWorkers()).toBe(0)
  })
})

describe('inspectInWorker', () => {
  it('gives sheets, header, mapping and preview rows without catalog matches', async () => {
    const result = await inspectInWorker(input(TEXT))
    expect(result).toMatchObject({ file: 'gpus.csv', format: 'csv', sheet: 'gpus', headerRow: 1 })
    expect(result.columns.map((column) => column.field)).toEqual([
      'name',
      'vendor',
      'memoryGB',
      'quantityOnHand'
    ])
    expect(result.preview.map((row) => [row.row, row.outcome])).toEqual([
      [2, 'accepted'],
      [4, 'accepted'],
      [5, 'rejected']
    ])
    expect(result.preview.every((row) => row.match === undefined)).toBe(true)
  })
})
