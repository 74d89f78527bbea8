/**
 * Every sheet prints on A4, fit to width, landscape where wide, header rows repeated, page
 * numbers in the footer; rows with wrapped text are tall enough for it (issue 15: Sizing and
 * Comparison overlapped in LibreOffice). The PDF itself is checked with headless LibreOffice:
 * see docs/quote-workbook.md "Print layout".
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { displayWidth } from '../../../src/main/services/quote/workbook/text'
import { examplePlans, fullEdits, trainingAndServing } from './helpers/fixtures'
import { readWorkbook } from './helpers/workbook'

async function workbook(plan = trainingAndServing(), language: 'en' | 'zh-CN' = 'zh-CN') {
  const built = await buildQuoteWorkbook({
    plan,
    estimate: estimatePlan(plan),
    edits: { ...fullEdits(), language },
    language,
    date: '2026-12-05',
    letterhead: { company: 'ACME', author: '' }
  })
  return readWorkbook(built.bytes)
}

describe('print layout', () => {
  it('every sheet: A4, one page wide, landscape when wide, repeated header rows, page numbers', async () => {
    const compare = examplePlans().find((e) => e.plan.compare.enabled)!.plan
    for (const book of [await workbook(), await workbook(compare, 'en')])
      for (const sheet of book.worksheets) {
        expect(sheet.pageSetup.paperSize, sheet.name).toBe(9)
        expect(sheet.pageSetup.fitToPage, sheet.name).toBe(true)
        expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1)
        if (sheet.columnCount > 6) expect(sheet.pageSetup.orientation, sheet.name).toBe('landscape')
        expect(sheet.headerFooter.oddFooter, sheet.name).toContain('&P')
        if (sheet.name !== '汇总' && sheet.name !== 'Summary')
          expect(sheet.pageSetup.printTitlesRow, sheet.name).toBeTruthy()
      }
  })

  it('a row whose wrapped text needs several lines is that many lines tall', async () => {
    const book = await workbook()
    let checked = 0
    for (const sheet of book.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell, col) => {
          if (typeof cell.value !== 'string' || cell.alignment?.wrapText !== true) return
          const width = sheet.getColumn(col).width ?? 9
          const lines = cell.value
            .split('\n')
            .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / (width - 1))), 0)
          if (lines < 2) return
          checked++
          expect(row.height ?? 0, `${sheet.name}!${cell.address}`).toBeGreaterThanOrEqual(
            lines * 14
          )
        })
      )
    expect(checked).toBeGreaterThan(10)
  })
})
