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
