/** Which files the desktop app opens, and the dialog filters and extensions it uses. */
import { describe, expect, it } from 'vitest'
import {
  kindOfPath,
  openFilters,
  SAVE_EXTENSIONS,
  saveFilters,
  withExtension
} from '../../../src/main/desktop/file-kinds'

describe('kindOfPath', () => {
  it('a .cplan file is a plan, whatever the case of the extension', () => {
    expect(kindOfPath('/home/u/plans/cluster.cplan')).toBe('plan')
    expect(kindOfPath('C:\\Plans\\CLUSTER.CPLAN')).toBe('plan')
  })

  it('spreadsheets go to the inventory import, even the ones it only explains', () => {
    for (const file of ['cards.xlsx', 'cards.csv', 'cards.tsv', 'old.xls', 'macro.xlsm', 'a.ods'])
      expect(kindOfPath(`/tmp/${file}`), file).toBe('inventory')
  })

  it('anything else, or no extension, is not opened', () => {
    expect(kindOfPath('/tmp/notes.txt')).toBeNull()
    expect(kindOfPath('/tmp/cplan')).toBeNull()
    expect(kindOfPath('/tmp/plan.cplan.bak')).toBeNull()
  })
})

describe('dialog filters', () => {
  it('opening a plan offers plans, then all files, in the UI language', () => {
    expect(openFilters('plan', 'en')).toEqual([
      { name: 'Compute Planner plan', extensions: ['cplan'] },
      { name: 'All files', extensions: ['*'] }
    ])
    expect(openFilters('plan', 'zh-CN').map((f) => f.name)).toEqual([
      'Compute Planner 方案',
      '所有文件'
    ])
  })

  it('importing offers the readable spreadsheets only', () => {
    expect(openFilters('inventory', 'en')).toEqual([
      { name: 'Spreadsheet (Excel or CSV)', extensions: ['xlsx', 'csv', 'tsv'] }
    ])
  })

  it('saving: one filter with the purpose’s extension', () => {
    expect(SAVE_EXTENSIONS).toEqual({ plan: 'cplan', quote: 'xlsx', quoteCsv: 'csv' })
    expect(saveFilters('quote', 'zh-CN')).toEqual([{ name: 'Excel 工作簿', extensions: ['xlsx'] }])
    expect(saveFilters('quoteCsv', 'en')).toEqual([
      { name: 'CSV (comma-separated values)', extensions: ['csv'] }
    ])
    expect(saveFilters('plan', 'en')[0].extensions).toEqual(['cplan'])
  })
})

describe('withExtension', () => {
  it('adds the extension when the chosen name lacks it', () => {
    expect(withExtension('/tmp/quote', 'xlsx')).toBe('/tmp/quote.xlsx')
    expect(withExtension('/tmp/quote.csv', 'xlsx')).toBe('/tmp/quote.csv.xlsx')
    expect(withExtension('/tmp/v1.2', 'cplan')).toBe('/tmp/v1.2.cplan')
  })

  it('keeps a name that already has it, in any case', () => {
    expect(withExtension('/tmp/quote.xlsx', 'xlsx')).toBe('/tmp/quote.xlsx')
    expect(withExtension('/tmp/QUOTE.XLSX', 'xlsx')).toBe('/tmp/QUOTE.XLSX')
  })
})
