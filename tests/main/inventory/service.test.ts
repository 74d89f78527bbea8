/**
 * The inventory channels end to end through the real dispatcher (zod-parsed requests,
 * envelopes): inspect, import as a job with progress and paging, cancel, commit into the
 * user library, remembered mappings, export, and errors as envelopes (never throws).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { createInventoryHandlers } from '../../../src/main/services/inventory/handlers'
import type { CatalogEntryLike } from '../../../src/main/services/inventory/catalog-match'
import type { Envelope } from '../../../src/shared/ipc/envelope'
import { fixture } from './helpers'

const CATALOG: CatalogEntryLike[] = [
  {
    id: 'nvidia-h100-sxm5-80gb',
    vendor: 'NVIDIA',
    name: 'H100 SXM5 80GB',
    memoryGB: 80,
    memoryBandwidthGBs: 3350,
    fp16Tflops: 989,
    bf16Tflops: 989,
    int8Tops: 1979,
    tdpW: 700,
    price: { amount: 27500, currency: 'USD', date: '2024', source: 'list' }
  },
  {
    id: 'nvidia-a100-sxm4-80gb',
    vendor: 'NVIDIA',
    name: 'A100 SXM4 80GB',
    memoryGB: 80,
    fp16Tflops: 312,
    int8Tops: 624,
    tdpW: 400
  }
]

let userDataDir: string
let handlers: Handlers
const context = { transport: 'web' as const, locale: 'en' as const }

async function call<T = unknown>(channel: string, payload?: unknown): Promise<Envelope<T>> {
  return (await dispatch(handlers, channel, payload, context, {
    error: () => undefined
  })) as Envelope<T>
}

async function data<T = Record<string, unknown>>(channel: string, payload?: unknown): Promise<T> {
  const envelope = await call<T>(channel, payload)
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`)
  return envelope.data
}

function upload(name: string, bytes: Buffer = fixture(name)) {
  return { fileName: name, dataBase64: bytes.toString('base64') }
}

async function waitFor(jobId: string): Promise<{ state: string; rowsProcessed: number }> {
  for (;;) {
    const progress = await data<{ state: string; rowsProcessed: number }>(
      'inventory.importProgress',
      { jobId }
    )
    if (progress.state !== 'running') return progress
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

beforeEach(() => {
  userDataDir = mkdtempSync(join(tmpdir(), 'inventory-service-'))
  handlers = createInventoryHandlers({
    platform: 'linux',
    userDataDir,
    catalog: () => CATALOG
  }) as unknown as Handlers
})

afterEach(() => {
  rmSync(userDataDir, { recursive: true, force: true })
})

describe('inventory channels', () => {
  it('inspects a file and previews rows with catalog matches', async () => {
    const inspection = await data<{
      sheet: string
      headerRow: number
      preview: { row: number; match?: { status: string } }[]
    }>('inventory.inspect', { file: upload('en-units.xlsx') })
    expect(inspection.sheet).toBe('Inventory')
    expect(inspection.headerRow).toBe(1)
    expect(inspection.preview).toHaveLength(8)
    expect(inspection.preview[0].match?.status).toBe('identical')
    expect(inspection.preview[1].match?.status).toBe('new') // A100 PCIe vs the SXM4 entry
  })

  it('commits the figures the planner corrected in the review, and refuses an edit of a row not imported', async () => {
    const { jobId } = await data<{ jobId: string }>('inventory.importStart', {
      file: upload('zh-title-merged.xlsx')
    })
    await waitFor(jobId)
    const page = await data<{ rows: { row: number; item?: Record<string, unknown> }[] }>(
      'inventory.importResult',
      { jobId, limit: 1 }
    )
    const first = page.rows[0]
    const edited = { ...first.item, fp16Tflops: 300, quantityOnHand: 12 }
    const refused = await call('inventory.commit', {
      jobId,
      edits: [{ row: 11, item: edited }]
    })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.issues?.[0]?.key).toBe('inventoryReview.editedRowMissing')
    expect((await data<{ entries: unknown[] }>('inventory.list')).entries).toEqual([])

    await data('inventory.commit', { jobId, edits: [{ row: first.row, item: edited }] })
    const { entries } = await data<{ entries: Record<string, unknown>[] }>('inventory.list')
    expect(entries[0]).toMatchObject({
      name: first.item?.name,
      fp16Tflops: 300,
      quantityOnHand: 12,
      catalogId: 'nvidia-a100-sxm4-80gb'
    })
  })

  it('runs an import job, pages the rows, commits with decisions, lists and exports', async () => {
    const { jobId } = await data<{ jobId: string }>('inventory.importStart', {
      file: upload('zh-title-merged.xlsx')
    })
    const progress = await waitFor(jobId)
    expect(progress).toEqual({ jobId, state: 'done', rowsProcessed: 7 })

    const page = await data<{
      total: number
      offset: number
      rows: { row: number }[]
      report: { counts: unknown }
    }>('inventory.importResult', { jobId, offset: 2, limit: 2 })
    expect(page.total).toBe(7)
    expect(page.rows.map((row) => row.row)).toEqual([8, 10])
    // Catalog matches are attached to each page's rows.
    const first = await data<{
      rows: { row: number; match?: { status: string; catalogId?: string } }[]
    }>('inventory.importResult', { jobId, limit: 1 })
    expect(first.rows[0].match).toMatchObject({
      status: 'differs',
      catalogId: 'nvidia-a100-sxm4-80gb'
    })
    expect(page.report.counts).toMatchObject({ rowsRead: 7, rejected: 3 })
    const rejected = await data<{ total: number; rows: { row: number }[] }>(
      'inventory.importResult',
      { jobId, outcome: 'rejected' }
    )
    expect(rejected.rows.map((row) => row.row)).toEqual([11, 12, 13])

    const summary = await data('inventory.commit', {
      jobId,
      decisions: [
        { row: 6, decision: 'keep-catalog' },
        { row: 8, decision: 'skip' }
      ]
    })
    expect(summary).toEqual({ added: 3, updated: 0, skipped: 1, total: 3 })
    const { entries } = await data<{ entries: Record<string, unknown>[] }>('inventory.list')
    expect(
      entries.map((entry) => [
        entry.id,
        entry.name,
        entry.int8Tops,
        entry.quantityOnHand,
        entry.catalogId
      ])
    ).toEqual([
      ['acc-a100-sxm4-80gb', 'A100 SXM4 80GB', 624, 8, 'nvidia-a100-sxm4-80gb'],
      ['acc-h100-sxm5', 'H100 SXM5', 1979, 4, 'nvidia-h100-sxm5-80gb'],
      ['acc-atlas-300i-pro', 'Atlas 300I Pro', 140, 10, undefined]
    ])
    // The library file is a complete, versioned document; no temp files are left behind.
    const saved = JSON.parse(readFileSync(join(userDataDir, 'inventory', 'library.json'), 'utf8'))
    expect(saved).toMatchObject({ format: 'compute-planner/inventory', version: 1 })
    expect(readdirSync(join(userDataDir, 'inventory'))).toEqual(['library.json'])
    // The committed job is gone.
    expect((await call('inventory.importResult', { jobId })).ok).toBe(false)

    const exported = await data<{ fileName: string; dataBase64: string }>('inventory.export')
    expect(exported.fileName).toBe('inventory.xlsx')
    const reimport = await data<{ jobId: string }>('inventory.importStart', {
      file: { fileName: 'inventory.xlsx', dataBase64: exported.dataBase64 }
    })
    await waitFor(reimport.jobId)
    const again = await data<{ rows: { item: Record<string, unknown> }[] }>(
      'inventory.importResult',
      { jobId: reimport.jobId }
    )
    expect(again.rows.map((row) => row.item.name)).toEqual([
      'A100 SXM4 80GB',
      'H100 SXM5',
      'Atlas 300I Pro'
    ])
    // Importing the same models again updates them instead of adding copies.
    expect(await data('inventory.commit', { jobId: reimport.jobId })).toEqual({
      added: 0,
      updated: 3,
      skipped: 0,
      total: 3
    })
  })

  it('reports a refused file as a failed job with a located, translatable issue', async () => {
    const { jobId } = await data<{ jobId: string }>('inventory.importStart', {
      file: upload('renamed-xls.xlsx')
    })
    const progress = await waitFor(jobId)
    expect(progress.state).toBe('failed')
    const result = await call('inventory.importResult', { jobId })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('UNSUPPORTED_FILE')
    expect(result.error.issues?.[0]).toMatchObject({
      path: 'renamed-xls.xlsx',
      key: 'inventory.error.legacyXls',
      params: { file: 'renamed-xls.xlsx' }
    })
  })

  it('inspect answers an unusable file with an error envelope', async () => {
    const envelope = await call('inventory.inspect', { file: upload('zip-bomb-declared.xlsx') })
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } })
    const bad = await call('inventory.inspect', { file: { fileName: 'x.csv', dataBase64: '***' } })
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    const malformed = await call('inventory.inspect', { file: { fileName: 'x.csv' } })
    expect(malformed).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('cancels a running import', async () => {
    const lines = ['Model,Memory,Qty']
    for (let index = 0; index < 60_000; index++) lines.push(`GPU ${index},80GB,${index % 9}`)
    const { jobId } = await data<{ jobId: string }>('inventory.importStart', {
      file: upload('big.csv', Buffer.from(lines.join('\n')))
    })
    const cancelled = await data<{ state: string }>('inventory.importCancel', { jobId })
    expect(cancelled.state).toBe('cancelled')
    expect((await waitFor(jobId)).state).toBe('cancelled')
    const result = await call('inventory.importResult', { jobId })
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(await call('inventory.importProgress', { jobId: 'no-such-job' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })

  it('remembers a chosen mapping for the same header layout', async () => {
    const mapping = [{ index: 6, field: 'fp8Tflops' }]
    const { jobId } = await data<{ jobId: string }>('inventory.importStart', {
      file: upload('en-units.xlsx'),
      mapping,
      rememberMapping: true
    })
    await waitFor(jobId)
    const next = await data<{
      remembered: boolean
      columns: { index: number; field: string | null; source: string }[]
    }>('inventory.inspect', { file: upload('en-units.xlsx') })
    expect(next.remembered).toBe(true)
    expect(next.columns.find((column) => column.index === 6)).toMatchObject({
      field: 'fp8Tflops',
      source: 'remembered'
    })
  })

  it('saves edits and refuses a damaged library without overwriting it', async () => {
    const entry = { id: 'acc-t4', kind: 'accelerator', name: 'T4', memoryGB: 16, quantityOnHand: 3 }
    expect(await data('inventory.save', { entries: [entry] })).toEqual({ total: 1 })
    expect((await data<{ entries: unknown[] }>('inventory.list')).entries).toEqual([entry])
    const bad = await call('inventory.save', { entries: [{ ...entry, memoryGB: -1 }] })
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })

    mkdirSync(join(userDataDir, 'inventory'), { recursive: true })
    writeFileSync(join(userDataDir, 'inventory', 'library.json'), '{ not json')
    const listed = await call('inventory.list')
    expect(listed).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } })
    expect(readFileSync(join(userDataDir, 'inventory', 'library.json'), 'utf8')).toBe('{ not json')
  })
})
