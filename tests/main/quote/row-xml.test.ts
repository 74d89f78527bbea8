/**
 * The direct row writer produces exactly the XML exceljs's own Row/Cell path writes for the
 * same cells, so it inherits exceljs's format (and every reader of it) without its cost.
 */
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { RowXmlWriter, xmlText } from '../../../src/main/services/quote/workbook/row-xml'
import { columnLetter, type CellSpec } from '../../../src/main/services/quote/workbook/spec'
import { cellText } from '../../../src/main/services/quote/workbook/text'
import { createStyles, type StyleKey } from '../../../src/main/services/quote/workbook/styles'

const ROWS: { cells: CellSpec[]; height?: number }[] = [
  {
    cells: [
      { text: 'Header & <b> "quoted" \'x\'', style: 'header' },
      { text: '数量\nQuantity', style: 'header' }
    ]
  },
  {
    cells: [
      { number: 0, style: 'integer' },
      { text: '=HYPERLINK("http://x")' },
      { number: -12.5, style: 'money' },
      { number: 1e-7, style: 'number' },
      { number: 1e21, style: 'number' },
      { formula: 'D2*F2*(1-G2)', result: 0, style: 'money' },
      { formula: 'W1_a/W1_b', result: 0.1 + 0.2, style: 'fraction' },
      null,
      { text: 'tab\tand\nnewline, control \u0001 replaced, \uFFFF too', style: 'wrap' }
    ],
    // Two lines of wrapped text: the row is made tall enough (write-sheet's RowHeights).
    height: 28
  },
  { cells: [] },
  {
    cells: [
      null,
      null,
      { text: 'Grand total', style: 'totalLabel' },
      null,
      { formula: 'SUM(H2:H3)', result: 1234567.891, style: 'moneyGrandTotal' }
    ]
  }
]

async function sheetXml(
  write: (workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void
): Promise<string> {
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise((resolve) => sink.on('end', resolve))
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false
  })
  const sheet = workbook.addWorksheet('S')
  sheet.columns = Array.from({ length: 9 }, () => ({ width: 12 }))
  write(workbook, sheet)
  sheet.commit()
  await workbook.commit()
  await done
  const zip = await JSZip.loadAsync(Buffer.concat(chunks))
  return zip.file('xl/worksheets/sheet1.xml')!.async('string')
}

/** The same rows through exceljs's Row/Cell path and through RowXmlWriter. */
async function bothWays(rows: { cells: CellSpec[]; height?: number }[]) {
  const styles = createStyles('CNY', true)
  const styleOf = (cell: Exclude<CellSpec, null>) => styles[(cell.style ?? 'text') as StyleKey]

  const viaExceljs = await sheetXml((_workbook, sheet) => {
    rows.forEach((row, r) => {
      const target = sheet.getRow(r + 1)
      row.cells.forEach((cell, c) => {
        if (cell === null) return
        const excelCell = target.getCell(c + 1)
        // The writer sanitises text with cellText (U+FFFD for what XML cannot carry) first.
        excelCell.value =
          'text' in cell
            ? cellText(cell.text)
            : 'number' in cell
              ? cell.number
              : { formula: cell.formula, result: cell.result }
        excelCell.style = styleOf(cell)
      })
      if (row.height !== undefined) target.height = row.height
      target.commit()
    })
  })

  const direct = await sheetXml((workbook, sheet) => {
    const writer = new RowXmlWriter(workbook, sheet as never)
    const columns = Array.from({ length: 9 }, (_, c) => columnLetter(c + 1))
    rows.forEach((row, r) => writer.row(r + 1, row.cells, columns, styleOf, undefined, row.height))
    writer.flush()
  })
  return { viaExceljs, direct }
}

describe('RowXmlWriter', () => {
  it('writes what exceljs writes', async () => {
    const { viaExceljs, direct } = await bothWays(ROWS)
    expect(direct).toBe(viaExceljs)
    expect(direct).toContain('<f>D2*F2*(1-G2)</f><v>0</v>')
    expect(direct).toContain('<row r="2" ht="28" customHeight="1"')
  })

  it('writes what exceljs writes over many batches, with two-byte rows and a row larger than a batch', async () => {
    // Rows are encoded into 256 KB batches: 6,000 rows span several, some rows hold two-byte
    // text (a minus sign, Chinese), and one cell alone (20,000 × 3 UTF-8 bytes) does not fit
    // in a batch.
    const rows: { cells: CellSpec[] }[] = Array.from({ length: 6000 }, (_, r) => ({
      cells: [
        { text: `W${r}_step`, style: 'muted' },
        { text: r % 7 === 0 ? `加速卡 ${r} − 所需` : `Step ${r} description` },
        { formula: `W${r}_a*W${r}_b`, result: r * 1.5, style: 'number' },
        r % 11 === 0 ? null : { number: r / 3, style: 'number' },
        r === 4321 ? { text: '算'.repeat(20_000), style: 'wrap' } : null
      ]
    }))
    const { viaExceljs, direct } = await bothWays(rows)
    expect(direct.length).toBeGreaterThan(600_000)
    expect(direct).toBe(viaExceljs)
    expect(direct).toContain('<row r="6000" ')
  })

  it('escapes markup and drops the controls XML cannot carry, as exceljs does', () => {
    expect(xmlText(`a<b>&"c"'d'\u0001\u007F\te`)).toBe(
      'a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;\te'
    )
    expect(xmlText('plain 中文')).toBe('plain 中文')
  })
})
