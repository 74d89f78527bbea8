import { describe, expect, it } from 'vitest'
import {
  MAX_RESULT_PAGE,
  inventoryCommitRequestSchema,
  inventoryImportResultRequestSchema,
  inventoryImportStartRequestSchema,
  jobProgressSchema
} from '../../../../src/shared/ipc/contracts/inventory'

const file = { fileName: 'cards.csv', dataBase64: '' }
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'))

describe('inventory contract schemas', () => {
  it('import start: a file, and optional choices checked at their paths', () => {
    expect(inventoryImportStartRequestSchema.safeParse({ file }).success).toBe(true)
    const result = inventoryImportStartRequestSchema.safeParse({
      file,
      headerRow: 0,
      encoding: 'latin-1',
      defaultCurrency: 'yuan',
      mapping: [{ index: 1, field: 'colour' }]
    })
    expect(paths(result)?.sort()).toEqual([
      'defaultCurrency',
      'encoding',
      'headerRow',
      'mapping.0.field'
    ])
  })

  it('a file name is 1–260 characters', () => {
    const at = { file: { fileName: 'f'.repeat(260), dataBase64: '' } }
    expect(inventoryImportStartRequestSchema.safeParse(at).success).toBe(true)
    const over = { file: { fileName: 'f'.repeat(261), dataBase64: '' } }
    expect(paths(inventoryImportStartRequestSchema.safeParse(over))).toEqual(['file.fileName'])
    const empty = { file: { fileName: '', dataBase64: '' } }
    expect(paths(inventoryImportStartRequestSchema.safeParse(empty))).toEqual(['file.fileName'])
  })

  it('result pages are at most MAX_RESULT_PAGE rows', () => {
    const at = { jobId: 'j', limit: MAX_RESULT_PAGE }
    expect(inventoryImportResultRequestSchema.safeParse(at).success).toBe(true)
    const over = { jobId: 'j', limit: MAX_RESULT_PAGE + 1 }
    expect(paths(inventoryImportResultRequestSchema.safeParse(over))).toEqual(['limit'])
    expect(paths(inventoryImportResultRequestSchema.safeParse({ jobId: '' }))).toEqual(['jobId'])
  })

  it('commit edits are checked with the item schema and capped at 20 pages', () => {
    const item = { kind: 'accelerator', name: 'H100', memoryGB: 80 }
    expect(
      inventoryCommitRequestSchema.safeParse({ jobId: 'j', edits: [{ row: 3, item }] }).success
    ).toBe(true)
    const badItem = { jobId: 'j', edits: [{ row: 3, item: { ...item, memoryGB: -80 } }] }
    expect(paths(inventoryCommitRequestSchema.safeParse(badItem))).toEqual([
      'edits.0.item.memoryGB'
    ])
    const many = Array.from({ length: MAX_RESULT_PAGE * 20 + 1 }, () => ({ row: 1, item }))
    expect(paths(inventoryCommitRequestSchema.safeParse({ jobId: 'j', edits: many }))).toEqual([
      'edits'
    ])
  })

  it('job progress: a known state and a non-negative row count', () => {
    const progress = { jobId: 'j', state: 'done', rowsProcessed: 0 }
    expect(jobProgressSchema.safeParse(progress).success).toBe(true)
    expect(paths(jobProgressSchema.safeParse({ ...progress, state: 'paused' }))).toEqual(['state'])
    expect(paths(jobProgressSchema.safeParse({ ...progress, rowsProcessed: -1 }))).toEqual([
      'rowsProcessed'
    ])
  })
})
