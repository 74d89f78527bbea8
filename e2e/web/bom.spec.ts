/**
 * The whole cluster's bill of materials end to end (issue 15): a training plan → Results
 * shows the cluster lines (network, storage, facility) → the exported workbook holds the same
 * lines, quantities and totals as the screen.
 */
import ExcelJS from 'exceljs'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

/** "¥1,234,567.89" or "2,048" → 1234567.89 / 2048, with the decimals shown. */
function amount(text: string): { value: number; decimals: number } {
  const match = /-?[\d,]*\.?\d+/.exec(text.replace(/\u00a0/g, ' '))
  if (!match) throw new Error(`no number in "${text}"`)
  const digits = match[0].replace(/,/g, '')
  return { value: Number(digits), decimals: digits.includes('.') ? digits.split('.')[1].length : 0 }
}

function cellNumber(cell: ExcelJS.Cell): number {
  const value = cell.value
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'result' in value) return Number(value.result)
  // exceljs's reader leaves `result` out when the cached value is 0 (`<v>0</v>`).
  if (value && typeof value === 'object' && 'formula' in value) return 0
  return Number.NaN
}

function namedCell(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[]
  const range = model.find((entry) => entry.name === name)?.ranges[0]
  const match = range && /^'?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(range)
  if (!match) throw new Error(`no defined name ${name}`)
  return workbook.getWorksheet(match[1].replace(/''/g, "'"))!.getCell(`${match[2]}${match[3]}`)
}

test.describe('web host: bill of materials', () => {
  test('training plan: Results lists the cluster lines; the workbook matches them', async ({
    page,
    host
  }) => {
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
    // Training on priced H100s (catalog reference price), in CNY with VAT and a discount.
    const plan = {
      format: 'compute-planner/plan',
      version: 1,
      name: 'BOM e2e',
      workloads: [
        {
          id: 'train',
          kind: 'llm-training',
          accelerator: 'nvidia-h100-sxm5-80gb',
          model: 'llama-2-7b',
          tokens: 2e12,
          targetDays: 30
        }
      ],
      settings: { currency: 'CNY', taxRate: 0.13, discount: 0.05 }
    }
    await planner.openFile({
      name: 'bom.cplan',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(plan))
    })
    await expect(page).toHaveTitle(/^bom — /)

    await planner.goTo('results')
    const bom = planner.billOfMaterials
    await expect(bom).toBeVisible()
    // A training plan needs a compute fabric: switches, transceivers and cables are listed.
    await expect(bom.locator('[data-testid^="bom-line-cluster-"]').first()).toBeVisible()
    await expect(planner.bomCategory('network')).toBeVisible()

    const rows = planner.bomLines
    const count = await rows.count()
    expect(count).toBeGreaterThan(5)
    const onScreen: { quantity: number; total: { value: number; decimals: number } }[] = []
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i)
      onScreen.push({
        quantity: amount(await planner.bomLineCell(row, 'quantity').innerText()).value,
        // A line without a price shows "—" (never 0); its sheet line total is 0 over an empty price.
        total: await planner
          .bomLineCell(row, 'total')
          .innerText()
          .then((text) => (text.trim() === '—' ? { value: 0, decimals: 0 } : amount(text)))
      })
    }
    const grandTotal = amount(await planner.bomGrandTotal.innerText())

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await planner.exportQuote())

    const inFile = cellNumber(namedCell(workbook, 'Quote_GrandTotal'))
    expect(Math.abs(inFile - grandTotal.value)).toBeLessThanOrEqual(
      0.5 * 10 ** -grandTotal.decimals + 1e-9
    )
    // Every line of the Quote sheet before the grand total (the line-total formula D*F*(1-G)).
    const sheet = workbook.worksheets[1]
    const grandRow = Number(namedCell(workbook, 'Quote_GrandTotal').row)
    const inSheet: { quantity: number; total: number }[] = []
    sheet.eachRow((row, number) => {
      const total = row.getCell(8).value
      if (
        number < grandRow &&
        total &&
        typeof total === 'object' &&
        'formula' in total &&
        /^D\d+\*F\d+\*\(1-G\d+\)$/.test(String(total.formula))
      )
        inSheet.push({ quantity: cellNumber(row.getCell(4)), total: cellNumber(row.getCell(8)) })
    })
    expect(inSheet.length).toBe(onScreen.length)
    // Screen groups lines by cost category, the sheet by hardware/services: compare as sets.
    const byFigures = <T extends { quantity: number }>(list: T[], total: (t: T) => number) =>
      [...list].sort((a, b) => a.quantity - b.quantity || total(a) - total(b))
    const screen = byFigures(onScreen, (l) => l.total.value)
    const file = byFigures(inSheet, (l) => l.total)
    screen.forEach((line, index) => {
      expect(file[index].quantity, `line ${index + 1} quantity`).toBe(line.quantity)
      expect(
        Math.abs(file[index].total - line.total.value),
        `line ${index + 1} total`
      ).toBeLessThanOrEqual(0.5 * 10 ** -line.total.decimals + 1e-9)
    })
    // The Summary's capital cost is the same grand total.
    expect(Math.abs(cellNumber(namedCell(workbook, 'T_planCapex')) - inFile)).toBeLessThan(1e-6)
  })
})
