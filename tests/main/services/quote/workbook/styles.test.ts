/** Cell styles: currency formats, the CJK font, blue inputs, shared objects. */
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { createStyles, moneyFormat } from '../../../../../src/main/services/quote/workbook/styles'

describe('moneyFormat', () => {
  it('symbol, thousands separators, two decimals, minus before the symbol', () => {
    expect(moneyFormat('CNY')).toBe('"¥"#,##0.00;-"¥"#,##0.00')
    expect(moneyFormat('USD')).toBe('"$"#,##0.00;-"$"#,##0.00')
    expect(moneyFormat('EUR')).toBe('"€"#,##0.00;-"€"#,##0.00')
  })
})

describe('createStyles', () => {
  it('every money style carries the plan currency', () => {
    const styles = createStyles('EUR', false)
    for (const key of [
      'money',
      'moneyTotal',
      'moneyGrandTotal',
      'inputMoney',
      'highlightMoney'
    ] as const)
      expect(styles[key].numFmt, key).toBe(moneyFormat('EUR'))
  })

  it('a CJK-capable font for Chinese workbooks, Calibri for English, on every style', () => {
    const zh = createStyles('CNY', true)
    const en = createStyles('CNY', false)
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].font?.name, key).toBe('Microsoft YaHei')
      expect(en[key].font?.name, key).toBe('Calibri')
    }
    expect(zh.title.font?.size).toBe(14)
    expect(zh.text.font?.size).toBe(10)
  })

  it('inputs are blue and other cells are not', () => {
    const styles = createStyles('USD', false)
    const blue = (key: keyof typeof styles) =>
      (styles[key].font?.color as { argb?: string } | undefined)?.argb === 'FF1F4E9A'
    expect(blue('input') && blue('inputPercent') && blue('inputMoney')).toBe(true)
    expect(blue('money') || blue('number') || blue('lookup')).toBe(false)
    expect(styles.inputPercent.numFmt).toBe(styles.percent.numFmt)
  })

  it('headers wrap; notes never wrap; the grand total has a double bottom border', () => {
    const styles = createStyles('USD', false)
    expect(styles.header.alignment?.wrapText).toBe(true)
    expect(styles.note.alignment?.wrapText).toBeUndefined()
    expect(styles.moneyGrandTotal.border?.bottom?.style).toBe('double')
    expect(styles.moneyGrandTotal.font?.bold).toBe(true)
  })

  it('the styles are valid exceljs styles: format and font survive a write and read', async () => {
    const styles = createStyles('CNY', true)
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('S')
    sheet.getCell('A1').value = 0.125
    sheet.getCell('A1').style = styles.percent
    sheet.getCell('A2').value = -1234.5
    sheet.getCell('A2').style = styles.money
    const back = new ExcelJS.Workbook()
    await back.xlsx.load(await workbook.xlsx.writeBuffer())
    const read = back.getWorksheet('S')!
    expect(read.getCell('A1').numFmt).toBe('0.0##%')
    expect(read.getCell('A2').numFmt).toBe('"¥"#,##0.00;-"¥"#,##0.00')
    expect(read.getCell('A2').font.name).toBe('Microsoft YaHei')
  })
})

describe('number formats', () => {
  it('no format can end a number in a bare decimal point (Excel shows "0.##" of 13% as "13.%")', () => {
    for (const cjk of [false, true]) {
      const styles = createStyles('CNY', cjk, '需要报价')
      for (const [key, style] of Object.entries(styles)) {
        const format = String(style.numFmt ?? 'General')
        // A decimal point must be followed by at least one 0 in every section.
        for (const section of format.split(';'))
          expect(section, `${key}: ${format}`).not.toMatch(/\.(?!0)/)
      }
    }
  })
})
