/** What main's importer answers for a small workbook: the import tests share it. */
import type { ImportIssue, InspectResult } from '@shared/schema/inventory'

const at = (row: number, column: string, field?: 'memoryGB' | 'name') => ({
  file: 'cards.xlsx',
  sheet: '库存',
  row,
  column,
  ...(field ? { field } : {})
})
const issue = (
  key: string,
  params: ImportIssue['params'],
  location: ImportIssue['location']
): ImportIssue => ({
  severity: 'warning',
  key: `inventory.issue.${key}`,
  params,
  message: key,
  location
})

/** Three rows read: one accepted, one with a warning, one rejected; one issue of the file's. */
export const inspection: InspectResult = {
  file: 'cards.xlsx',
  format: 'xlsx',
  sheets: [{ name: '库存', score: 3 }],
  sheet: '库存',
  headerRow: 1,
  columns: [
    { index: 1, letter: 'A', header: '型号', field: 'name', confidence: 1, source: 'synonym' },
    {
      index: 2,
      letter: 'B',
      header: '显存',
      field: 'memoryGB',
      confidence: 0.8,
      source: 'synonym',
      unitHint: 'GiB'
    },
    { index: 3, letter: 'C', header: '备注', field: null, confidence: 0, source: 'none' }
  ],
  signature: 'sig',
  remembered: false,
  preview: [
    {
      row: 2,
      outcome: 'accepted',
      item: { kind: 'accelerator', name: 'H20', memoryGB: 96, quantityOnHand: 8 },
      issues: []
    },
    {
      row: 3,
      outcome: 'accepted-with-warnings',
      item: { kind: 'accelerator', name: 'L20' },
      issues: [issue('notANumber', { value: '48G?' }, at(3, 'B', 'memoryGB'))]
    },
    {
      row: 4,
      outcome: 'rejected',
      issues: [issue('missingName', {}, at(4, 'A', 'name'))]
    }
  ],
  fileIssues: [issue('tooManyColumns', { limit: 200 }, { file: 'cards.xlsx', sheet: '库存' })]
}
