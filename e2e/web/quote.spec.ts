/**
 * The quote workbook end to end on the web host: export from the Quote step, the .xlsx
 * arrives as a download, and re-reading it gives the totals shown on screen.
 */
import ExcelJS from 'exceljs'
import { basename } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

/** "¥1,234,567.89" → { value: 1234567.89, decimals: 2 }. */
function money(text: string): { value: number; decimals: number } {
  const match = /-?[\d,]*\.?\d+/.exec(text.replace(/\u00a0/g, ' '))
  if (!match) throw new Error(`no amount in "${text}"`)
  const digits = match[0].replace(/,/g, '')
  return { value: Number(digits), decimals: digits.includes('.') ? digits.split('.')[1].length : 0 }
}

/** The cached value of a defined name's cell (the workbook names its totals). */
function namedValue(workbook: ExcelJS.Workbook, name: string): number {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[]
  const range = model.find((entry) => entry.name === name)?.ranges[0]
  const match = range && /^'?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(range)
  if (!match) throw new Error(`no defined name ${name}`)
  const cell = workbook
    .getWorksheet(match[1].replace(/''/g, "'"))!
    .getCell(`${match[2]}${match[3]}`)
  return Number(cell.result ?? cell.value)
}

test.describe('web host: quote workbook', () => {
  test('export from the Quote step; the file holds the totals on screen', async ({
    page,
    host
  }) => {
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
    await planner.useTemplate('llm-serving-rate')
    await planner.goTo('quote')
    const grandTotal = planner.quoteGrandTotal
    await expect(grandTotal).toHaveText(/\d/)
    const shown = money(await grandTotal.innerText())
    expect(shown.value).toBeGreaterThan(0)

    const path = await planner.exportQuote()
    expect(basename(path)).toMatch(/\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path)
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(5)

    const inFile = namedValue(workbook, 'Quote_GrandTotal')
    // Equal to the precision shown on screen.
    expect(Math.abs(inFile - shown.value)).toBeLessThanOrEqual(0.5 * 10 ** -shown.decimals + 1e-9)
    // Every quote line on screen is a line in the file.
    const lines = await planner.quoteLines.count()
    const quoteSheet = workbook.worksheets[1]
    let fileLines = 0
    quoteSheet.eachRow((row) => {
      const value = row.getCell(8).value
      if (
        value &&
        typeof value === 'object' &&
        'formula' in value &&
        /^D\d+\*F\d+/.test(String(value.formula))
      )
        fileLines++
    })
    expect(fileLines).toBe(lines)
  })
})
