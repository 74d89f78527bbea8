/**
 * Issue 17's importer findings, each as the smallest input that showed it: text that made a
 * pattern quadratic (finding 2), a token longer than any cell (3), merge floods (4),
 * noncharacters (6), malformed indexes and row numbers (9), the zip-bomb message (12).
 * Timing is not asserted here (see `npm run bench -- inventory`): these check the behaviour
 * that makes the worst case cheap (caps, refusals, warnings located to the cell).
 */
import { describe, expect, it } from 'vitest'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import { normaliseHeader } from '../../../src/main/services/inventory/header/match-header'
import { parseCell } from '../../../src/main/services/inventory/parse/cells'
import { LIMITS } from '../../../src/main/services/inventory/limits'
import { readSheetChunks } from '../../../src/main/services/inventory/read/xlsx-rows'
import { checkWorkbook } from '../../../src/main/services/inventory/read/workbook-guard'
import {
  MAX_TOKEN_BYTES,
  TOKEN,
  XmlTokens
} from '../../../src/main/services/inventory/read/xml-bytes'
import { sharedStringsXml, xlsxPackage } from '../../../fuzz/xlsx'
import { zip } from '../../../fuzz/zip'
import { inventoryError } from './helpers'

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'

function sheet(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN}><sheetData>${rows}</sheetData>${after}</worksheet>`
}

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`
}

const HEADER_ROW = `<row r="1">${inline('A1', 'Model')}${inline('B1', 'Memory (GB)')}${inline('C1', 'Price (USD)')}</row>`

function importXlsx(rows: string, shared: string[] = [], after = '') {
  return importInventory({
    file: 'inventory.xlsx',
    bytes: xlsxPackage(sheet(HEADER_ROW + rows, after), sharedStringsXml(shared))
  })
}

describe('finding 2: figure and header text is capped before any pattern sees it', () => {
  it('a figure cell longer than the cap gets a located warning and no value', () => {
    const warnings: string[] = []
    const long = `1${' '.repeat(LIMITS.maxFigureChars)}(sparse)`
    const parsed = parseCell(
      long,
      {
        field: 'fp16Tflops',
        sparseColumn: false,
        priceHint: { multiplier: 1 },
        halveSparse: false,
        date1904: false
      },
      (_severity, name) => warnings.push(name)
    )
    expect(parsed).toBeUndefined()
    expect(warnings).toEqual(['importRead.issue.figureTooLong'])
  })

  it('a header label is matched on its first characters only', () => {
    expect(normaliseHeader(`Memory (GB)`).unitHint).toBe('gb')
    // The unit lies past the cap: it is not read (before, the whole label was searched).
    expect(normaliseHeader(`${'x'.repeat(LIMITS.maxHeaderChars)} (GB)`).unitHint).toBeUndefined()
  })

  it('brackets nested or unclosed in a header still give the innermost unit', () => {
    expect(normaliseHeader('Price ((USD)').unitHint).toBe('usd')
    expect(normaliseHeader('(((((((').key).toBe('')
  })

  it('a CSV whose price cell is 100 KB of spaces imports with a warning on that cell', async () => {
    const csv = `Model,Price\nA100,"${' '.repeat(100_000)}sparse"\n`
    const { rows } = await importInventory({ file: 'spaces.csv', bytes: Buffer.from(csv) })
    expect(rows[0].item?.price).toBeUndefined()
    expect(rows[0].issues.map((issue) => issue.key)).toContain('importRead.issue.figureTooLong')
    expect(rows[0].issues[0].location).toMatchObject({ row: 2, column: 'B', field: 'price' })
  })
})

describe('finding 3: one long XML token', () => {
  it('resumes a token cut by chunk borders where the scan stopped (same tokens as one chunk)', () => {
    const text = 'x'.repeat(300_000)
    const xml = Buffer.from(
      `<a b="${'y'.repeat(5000)}"><!--${'z'.repeat(70_000)}--><t>${text}</t></a>`
    )
    const kinds = (chunks: Buffer[]) => {
      const tokens = new XmlTokens()
      const seen: string[] = []
      for (const chunk of chunks) {
        tokens.push(chunk)
        while (tokens.next(false))
          seen.push(
            `${tokens.kind}:${tokens.kind === TOKEN.TEXT ? tokens.textEnd - tokens.textStart : ''}`
          )
      }
      while (tokens.next(true))
        seen.push(
          `${tokens.kind}:${tokens.kind === TOKEN.TEXT ? tokens.textEnd - tokens.textStart : ''}`
        )
      return seen
    }
    const whole = kinds([xml])
    for (const size of [1, 7, 1000, 4096]) {
      const chunks: Buffer[] = []
      for (let at = 0; at < xml.length; at += size) chunks.push(xml.subarray(at, at + size))
      expect(kinds(chunks), `chunks of ${size}`).toEqual(whole)
    }
    expect(whole).toContain(`${TOKEN.TEXT}:${text.length}`)
  })

  it('refuses a shared string longer than the token cap, with the reason', async () => {
    const huge = 'a'.repeat(MAX_TOKEN_BYTES + 10)
    const error = await inventoryError(() =>
      importXlsx(`<row r="2"><c r="A2" t="s"><v>0</v></c></row>`, [huge])
    )
    expect(error.messageName).toBe('unreadableWorkbook')
    expect(error.message).toMatch(/longer than 2 MiB/)
  })

  it('refuses a giant comment or attribute the same way', () => {
    const comment = Buffer.from(`<a><!--${'-'.repeat(MAX_TOKEN_BYTES + 10)}--></a>`)
    const chunks: Buffer[] = []
    for (let at = 0; at < comment.length; at += 256 * 1024)
      chunks.push(comment.subarray(at, at + 256 * 1024))
    expect(() => readSheetChunks(chunks)).toThrow(/longer than 2 MiB/)
    const attribute = Buffer.from(`<a b="${'q'.repeat(MAX_TOKEN_BYTES + 10)}"/>`)
    expect(() =>
      readSheetChunks([attribute.subarray(0, 65536), attribute.subarray(65536)])
    ).toThrow(/longer than 2 MiB/)
  })
})

describe('finding 12: the zip-bomb message names the limit that was crossed', () => {
  it('a small part that inflates far beyond any spreadsheet states the ratio limit', async () => {
    const bytes = zip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(16_000_000, 0x20) }
    ])
    const error = await inventoryError(() => importInventory({ file: 'bomb.xlsx', bytes }))
    expect(error.code).toBe('FILE_TOO_LARGE')
    expect(error.message).not.toMatch(/400 MB limit/)
    expect(error.message).toMatch(/xl\/worksheets\/sheet1\.xml.*16 MB.*200×/)
    expect(error.localized('zh-CN')).toMatch(/压缩炸弹/)
  })
})

describe('finding 4: merged ranges', () => {
  const mergeRows = (count: number) =>
    Array.from(
      { length: count },
      (_, index) => `<row r="${index + 2}">${inline(`A${index + 2}`, `GPU ${index}`)}</row>`
    ).join('')

  it('are read only from worksheet parts, with or without a prefix', async () => {
    const flood = `<mergeCells>${'<mergeCell ref="A1:B2"/>'.repeat(1000)}</mergeCells>`
    const bytes = xlsxPackage(
      sheet(HEADER_ROW + mergeRows(2), '<x:mergeCells><x:mergeCell ref="B2:B3"/></x:mergeCells>'),
      sharedStringsXml([]),
      [{ name: 'xl/other.xml', data: Buffer.from(`<a>${flood}</a>`) }]
    )
    const check = await checkWorkbook(bytes, 'merges.xlsx')
    expect([...check.mergesByPart.keys()]).toEqual(['xl/worksheets/sheet1.xml'])
    expect(check.mergesByPart.get('xl/worksheets/sheet1.xml')?.ranges).toEqual([
      { top: 2, bottom: 3, left: 2, right: 2 }
    ])
  })

  it('past the per-sheet limit are not read, and the import says so', async () => {
    const ranges = Array.from(
      { length: LIMITS.maxMergesPerSheet + 5 },
      (_, index) => `<mergeCell ref="D${index + 2}:E${index + 2}"/>`
    ).join('')
    const { report } = await importXlsx(mergeRows(3), [], `<mergeCells>${ranges}</mergeCells>`)
    expect(report.fileIssues.map((issue) => [issue.key, issue.params])).toContainEqual([
      'importRead.issue.mergeLimit',
      { limit: LIMITS.maxMergesPerSheet }
    ])
  })

  it('overlapping merges: the first claims its cells, a later overlapping one is ignored', () => {
    const xml = sheet(
      `<row r="1">${inline('A1', 'top')}${inline('B1', 'other')}</row><row r="2"/><row r="3"/>`
    )
    const { rows } = readSheetChunks(
      [Buffer.from(xml)],
      [],
      [
        { top: 1, bottom: 3, left: 1, right: 1 },
        { top: 1, bottom: 2, left: 1, right: 2 },
        { top: 2, bottom: 3, left: 2, right: 2 }
      ]
    )
    expect(rows.map((row) => row.cells)).toEqual([
      ['top', 'other'],
      // B2 is the (empty) top-left cell of the third merge, B3 its copy; B1 never spreads.
      ['top'],
      ['top', null]
    ])
  })
})

describe('finding 6: noncharacters', () => {
  it('U+FFFE in a CSV name is replaced with U+FFFD, with a warning on its cell', async () => {
    const csv = `Model,Memory (GB)\nA100\uFFFE80GB,80\nH100,80\n`
    const { rows, report } = await importInventory({ file: 'fffe.csv', bytes: Buffer.from(csv) })
    expect(rows[0].item?.name).toBe('A100\uFFFD80GB')
    expect(rows[0].issues.map((issue) => [issue.key, issue.location.column])).toEqual([
      ['importRead.issue.noncharacter', 'A']
    ])
    expect(rows[1].outcome).toBe('accepted')
    expect(report.counts.acceptedWithWarnings).toBe(1)
  })

  it('a supplementary-plane noncharacter in an inline string is replaced too', async () => {
    const { rows } = await importXlsx(
      `<row r="2">${inline('A2', 'MI300X \u{1FFFF}')}<c r="B2"><v>192</v></c></row>`
    )
    expect(rows[0].item?.name).toBe('MI300X \uFFFD')
    expect(rows[0].outcome).toBe('accepted-with-warnings')
  })
})

describe('finding 9: malformed references give located warnings or refusals', () => {
  it('a shared-string index the table does not have: warning on the cell, not a dropped value', async () => {
    const { rows } = await importXlsx(
      `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>7</v></c></row>`,
      ['A100']
    )
    expect(rows[0].outcome).toBe('accepted-with-warnings')
    expect(rows[0].issues.map((issue) => [issue.key, issue.params, issue.location.column])).toEqual(
      [['importRead.issue.sharedStringMissing', { index: 7, count: 1 }, 'B']]
    )
  })

  it('`1e0` as a shared-string index is not read as 1 (a price became 80 USD)', async () => {
    const { rows } = await importXlsx(
      `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1e0</v></c></row>`,
      ['A100', '80']
    )
    expect(rows[0].item?.price).toBeUndefined()
    expect(rows[0].issues.map((issue) => [issue.key, issue.location.column])).toEqual([
      ['importRead.issue.sharedStringIndexInvalid', 'C']
    ])
  })

  it.each([4294967297, 1048577])(
    'row number %d is refused, located to the sheet and row',
    async (row) => {
      const error = await inventoryError(() =>
        importXlsx(`<row r="${row}">${inline(`A${row}`, 'A100')}</row>`)
      )
      expect(error.messageName).toBe('importRead.error.rowNumberTooLarge')
      expect(error.issues?.[0].path).toBe(`inventory.xlsx › Inventory › row ${row}`)
      expect(error.localized('zh-CN')).toContain('1,048,576')
    }
  )

  it('the last row of the grid is still read', async () => {
    const { rows } = await importXlsx(`<row r="1048576">${inline('A1048576', 'A100')}</row>`)
    expect(rows.map((row) => row.row)).toEqual([1048576])
  })
})

describe('finding 2: a time budget stops an import that runs too long', () => {
  it('an import past its deadline stops with a located message', async () => {
    const csv = `Model,Memory\n${Array.from({ length: 3000 }, (_, i) => `GPU ${i},80GB`).join('\n')}\n`
    const error = await inventoryError(() =>
      importInventory({ file: 'slow.csv', bytes: Buffer.from(csv), deadline: Date.now() - 1 })
    )
    expect(error.messageName).toBe('importRead.error.timeBudget')
    expect(error.message).toMatch(/slow\.csv took longer than 60 s/)
  })
})
