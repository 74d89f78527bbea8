/**
 * The quote workbook end to end on the web host: export from the Quote step, the .xlsx
 * arrives as a download, and re-reading it gives the totals shown on screen.
 */
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/** "¥1,234,567.89" → { value: 1234567.89, decimals: 2 }. */
function money(text: string): { value: number; decimals: number } {
  const match = /-?[\d,]*\.?\d+/.exec(text.replace(/\u00a0/g, ' '))
  if (!match) throw new Error(`no amount in "${text}"`)
  const digits = match[0].replace(/,/g, '')
  return { value: Number(digits), decimals: digits.includes('.') ? digits.split('.')[1].length : 0 }
}

async function openTemplate(page: Page, id: string): Promise<void> {
  await page.getByTestId('nav-scenario').click()
  await page.getByTestId(`use-template-${id}`).click()
  const confirm = page.locator('.n-popconfirm .n-button--primary-type')
  if (await confirm.isVisible().catch(() => false)) await confirm.click()
  await expect(page.getByTestId('step-workloads')).toBeVisible()
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
    await page.goto(host.url)
    await expect(page.getByTestId('step-scenario')).toBeVisible()
    await openTemplate(page, 'llm-serving-rate')
    await page.getByTestId('nav-quote').click()
    await expect(page.getByTestId('step-quote')).toBeVisible()
    const grandTotal = page.getByTestId('quote-grand-total')
    await expect(grandTotal).toHaveText(/\d/)
    const shown = money(await grandTotal.innerText())
    expect(shown.value).toBeGreaterThan(0)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('quote-export').click()
    ])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const path = await download.path()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path)
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(5)

    const inFile = namedValue(workbook, 'Quote_GrandTotal')
    // Equal to the precision shown on screen.
    expect(Math.abs(inFile - shown.value)).toBeLessThanOrEqual(0.5 * 10 ** -shown.decimals + 1e-9)
    // Every quote line on screen is a line in the file.
    const lines = await page.locator('[data-testid^="quote-line-"]').count()
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
