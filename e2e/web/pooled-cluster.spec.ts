/**
 * Issue 19, "Cluster, not a sum of peaks", in the browser host: an always-on inference
 * service and a monthly fine-tuning job on the same card (A100 SXM4 80GB, the default of
 * both kinds) share one pool.
 *
 * Hand-checked (core/pooling.ts):
 * - inference: a forced 8 × 1 split, one replica (8 sequences fit one replica) = 8 cards,
 *   a quarter of them busy in quiet hours: 8 × 0.25 = 2;
 * - fine-tuning: 8 cards, 20 h a month = 240 h a year;
 * - sum of peaks 8 + 8 = 16; pooled size ceil(max(8, 2 + 8)) = 10;
 * - energy follows the duty cycle: 8 × 8,760 + 8 × 240 = 72,000 card-hours a year
 *   (at peak all year the 16 cards would count 140,160);
 * - the quote buys the pooled 10 cards, on screen and in the exported workbook.
 */
import ExcelJS from 'exceljs'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

/** The card both workloads default to. */
const A100 = 'nvidia-a100-sxm4-80gb'

/** The cached value of a defined name's cell. */
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

/** Quantities (column D) of the quote lines whose quantity is the formula `formula`. */
function quoteQuantities(workbook: ExcelJS.Workbook, formula: string): number[] {
  const found: number[] = []
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) => {
      const cell = row.getCell('D').value
      if (cell && typeof cell === 'object' && 'formula' in cell && cell.formula === formula)
        found.push(Number(cell.result))
    })
  return found
}

test('an always-on inference service and a monthly fine-tuning job share a pool: 10 cards, not the sum of peaks 16', async ({
  page,
  host
}) => {
  test.setTimeout(180_000)
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.startBlank('Shared pool')
  await planner.goTo('workloads')

  await planner.addWorkload('llm-inference')
  await planner.expandWorkload(0)
  await planner.fillNumber('wl-0-tensor', '8')
  await planner.fillNumber('wl-0-pipeline', '1')
  await planner.setSchedule(0, 'offPeakFraction', '0.25')

  await planner.addWorkload('llm-finetuning')
  await planner.expandWorkload(1)
  await planner.sizeBy(1, 'accelerators')
  await planner.fillNumber('wl-1-accelerators', '8')
  await planner.chooseOption('wl-1-schedule-mode', 'Hours per month')
  await planner.setSchedule(1, 'hoursPerMonth', '20')

  await planner.expectResultsCurrent()
  await expect(planner.totalAccelerators).toHaveText(/^10\b/)
  await expect(planner.acceleratorGroupCell(A100, 'cards')).toContainText('10')
  await expect(planner.acceleratorGroupCell(A100, 'peaks')).toContainText('16')

  // The total adds the pool; the pool shows the sum of peaks beside its own size.
  await planner.explain(planner.totalAccelerators)
  const value = await planner.drillTo(A100)
  await expect(value).toHaveText(/^10\b/)
  await expect(planner.derivationPart('arithmetic')).toContainText('max(8, 2 + 8)')
  await expect(await planner.drillTo('scheduledPoolAccelerators')).toHaveText(/^8\b/)
  await planner.derivationPart('back').click()
  await expect(await planner.drillTo('quietAlwaysOnAccelerators')).toHaveText(/^2\b/)
  await planner.derivationPart('close').click()
  await planner.explain(planner.acceleratorGroupCell(A100, 'peaks'))
  await expect(planner.derivationPart('value')).toHaveText(/^16\b/)
  await planner.derivationPart('close').click()

  // Energy counts the hours the cards run, not 16 cards all year.
  await planner.explain(planner.summaryTotal('energyMWhPerYear'))
  await planner.drillTo('groupsEnergyMWhPerYear')
  await planner.drillTo(A100)
  await expect(planner.derivationPart('formula')).toContainText(/accelerator-hours/i)
  await expect(await planner.drillTo('activeAcceleratorHoursPerYear')).toHaveText(/^72,000\b/)
  await planner.derivationPart('close').click()

  // The quote buys the pooled count, on screen and in the workbook.
  await planner.goTo('quote')
  const cardLine = planner.quoteLine(`accelerator:${A100}`)
  await expect(cardLine.getByLabel(/^Quantity of/)).toHaveValue('10')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(await planner.exportQuote())
  expect(namedValue(workbook, 'G1_sumOfPeakAccelerators')).toBe(16)
  expect(namedValue(workbook, 'G1_acceleratorsNeeded')).toBe(10)
  expect(namedValue(workbook, 'G1_activeAcceleratorHoursPerYear')).toBe(72_000)
  expect(quoteQuantities(workbook, 'G1_acceleratorsToBuy')).toEqual([10])
})
