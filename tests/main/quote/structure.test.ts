/** The workbook's shape: sheets, headers per language, named cells, formulas where required, print setup. */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { localizeText } from '@shared/i18n/derivation-text'
import type { PlanDocument } from '@shared/schema/plan'
import type { QuoteEdits, QuoteLanguage } from '@shared/schema/quote'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { displayWidth } from '../../../src/main/services/quote/workbook/text'
import { edits, examplePlans, fullEdits, trainingAndServing } from './helpers/fixtures'
import { definedNames, formulaCells, readWorkbook } from './helpers/workbook'

async function workbookFor(
  plan: PlanDocument,
  language: QuoteLanguage,
  quoteEdits: QuoteEdits = fullEdits()
) {
  const estimate = estimatePlan(plan)
  const built = await buildQuoteWorkbook({
    plan,
    estimate,
    edits: { ...quoteEdits, language },
    language,
    date: '2025-03-01',
    letterhead: { company: 'R&D Lab', author: '张三' }
  })
  return { workbook: await readWorkbook(built.bytes), estimate }
}

const texts = (sheet: ExcelJS.Worksheet, row: number) =>
  (sheet.getRow(row).values as unknown[]).filter((v): v is string => typeof v === 'string')

/** The line table's header row of the Quote sheet (below the procurement block). */
function tableHeaderRow(sheet: ExcelJS.Worksheet): number {
  for (let row = 1; row <= sheet.rowCount; row++)
    if (sheet.getRow(row).getCell(1).value !== null && sheet.getRow(row).getCell(2).value !== null)
      if (typeof sheet.getRow(row).getCell(1).value === 'string') return row
  throw new Error('no table header')
}

function columnOf(sheet: ExcelJS.Worksheet, headerRow: number, startsWith: string): number {
  const values = sheet.getRow(headerRow).values as unknown[]
  const index = values.findIndex((v) => typeof v === 'string' && v.startsWith(startsWith))
  if (index < 0) throw new Error(`no column ${startsWith}`)
  return index
}

describe('sheets and languages', () => {
  it('English: five sheets without compare mode, in order', async () => {
    const { workbook } = await workbookFor(trainingAndServing(), 'en')
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Quote',
      'Assumptions',
      'Sizing',
      'Hardware'
    ])
    const quote = workbook.getWorksheet('Quote')!
    expect(texts(quote, tableHeaderRow(quote))).toEqual([
      'No.',
      'Category',
      'Description',
      'Quantity',
      'Unit',
      'Unit price (CNY)',
      'Discount',
      'Line total (CNY)',
      'VAT rate',
      'Unit price incl. VAT (CNY)',
      'Total incl. VAT (CNY)',
      'Notes'
    ])
  })

  it('Chinese headers and sheet names', async () => {
    const { workbook } = await workbookFor(trainingAndServing(), 'zh-CN')
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '汇总',
      '报价单',
      '假设与参数',
      '测算过程',
      '硬件规格'
    ])
    const header = texts(
      workbook.getWorksheet('报价单')!,
      tableHeaderRow(workbook.getWorksheet('报价单')!)
    )
    expect(header).toContain('单价（CNY）')
    expect(header).toContain('数量')
    const lines = workbook.getWorksheet('报价单')!.getColumn(3).values as unknown[]
    expect(lines).toContain('H100 SXM5 80GB 加速卡')
  })

  it('both languages: English above Chinese in each header', async () => {
    const { workbook } = await workbookFor(trainingAndServing(), 'both')
    expect(workbook.worksheets[1].name).toBe('Quote 报价单')
    expect(texts(workbook.worksheets[1], tableHeaderRow(workbook.worksheets[1]))).toContain(
      'Quantity\n数量'
    )
  })

  it('compare mode adds a Comparison sheet: per workload group, the recommended candidate highlighted, quote agreement said', async () => {
    const example = examplePlans().find((e) => e.plan.compare.enabled)!
    const { workbook, estimate } = await workbookFor(example.plan, 'en', edits())
    const sheet = workbook.getWorksheet('Comparison')!
    expect(sheet).toBeDefined()
    const groups = estimate.compare!.groups
    expect(groups.length).toBe(example.plan.workloads.length)
    const texts: string[] = []
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')))
    for (const group of groups.filter((g) => g.recommended !== null)) {
      const recommended = group.candidates.find((c) => c.acceleratorId === group.recommended)!
      let found = false
      sheet.eachRow((row) => {
        if (row.getCell(1).value === recommended.name && row.getCell(2).value === group.label) {
          found = true
          expect(row.getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' })
          expect(row.getCell(13).value).toBe('yes')
          expect(row.getCell(12).value).toBeCloseTo(recommended.tco!, 6)
        }
      })
      expect(found).toBe(true)
      expect(texts.some((t) => t.startsWith(`The quote prices`) && t.includes(group.label))).toBe(
        true
      )
    }
    expect(sheet.rowCount).toBeGreaterThan(estimate.compare!.candidates.length)
  })
})

describe('the Quote sheet', () => {
  it('quantities, prices and totals are formulas linked to Sizing and Assumptions', async () => {
    const { workbook } = await workbookFor(trainingAndServing(), 'en')
    const sheet = workbook.getWorksheet('Quote')!
    const formulas = formulaCells(workbook).filter((c) => c.sheet === 'Quote')
    const at = (address: string) => formulas.find((c) => c.address === address)
    const serverRow = (sheet.getColumn(2).values as unknown[]).indexOf('Server')
    const cardRow = (sheet.getColumn(2).values as unknown[]).indexOf('Accelerator')
    expect(at(`D${serverRow}`)?.formula).toBe('G1_serversToBuy')
    expect(at(`D${cardRow}`)?.formula).toBe('G1_acceleratorsToBuy')
    expect(at(`F${cardRow}`)?.formula).toBe('G1_acceleratorUnitPrice')
    expect(at(`G${cardRow}`)?.formula).toBe('Plan_discount')
    expect(at(`H${cardRow}`)?.formula).toBe(`D${cardRow}*F${cardRow}*(1-G${cardRow})`)
    const names = definedNames(workbook)
    for (const name of [
      'Quote_HardwareSubtotal',
      'Quote_ServicesSubtotal',
      'Quote_Subtotal',
      'Quote_Tax',
      'Quote_GrandTotal',
      'Quote_OptionalTotal'
    ])
      expect(names.get(name), name).toMatch(/^'?Quote'?!\$H\$\d+$/)
    expect(formulas.find((c) => c.formula.startsWith('SUM(H'))).toBeDefined()
    expect(formulas.find((c) => c.formula === 'Quote_Subtotal*Plan_taxRate')).toBeDefined()
    expect(formulas.find((c) => c.formula === 'Quote_Subtotal+Quote_Tax')).toBeDefined()
    // Support: rate × hardware subtotal, for the quoted years.
    expect(
      formulas.find((c) => c.formula === 'Plan_supportRatePerYear*Quote_HardwareSubtotal')
    ).toBeDefined()
    // A user price in USD is converted live with the plan's exchange rates.
    expect(formulas.find((c) => c.formula === '30000/Plan_fx_USD*Plan_fx_CNY')).toBeDefined()
  })

  it('currency formats, frozen header rows and print setup', async () => {
    const { workbook } = await workbookFor(trainingAndServing(), 'en', {
      ...fullEdits(),
      paperSize: 'letter'
    })
    const sheet = workbook.getWorksheet('Quote')!
    // The procurement block sits above the table: its header row repeats, nothing is frozen.
    const header = tableHeaderRow(sheet)
    expect((sheet.views ?? []).find((view) => view.state === 'frozen')).toBeUndefined()
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 1,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0
    })
    expect(sheet.pageSetup.printTitlesRow).toMatch(new RegExp(`^\\$?${header}:\\$?${header}$`))
    expect(sheet.headerFooter.oddHeader).toContain('GPU cluster 2025')
    // & is a control character in headers: the company "R&D Lab" must be escaped.
    expect(sheet.headerFooter.oddHeader).toContain('R&&D Lab')
    expect(sheet.headerFooter.oddFooter).toMatch(/Page &P of &N/)
    const cardRow = (sheet.getColumn(2).values as unknown[]).indexOf('Accelerator')
    expect(sheet.getRow(cardRow).getCell(6).numFmt).toContain('¥')
    expect(workbook.getWorksheet('Summary')!.pageSetup).toMatchObject({
      orientation: 'portrait',
      fitToHeight: 1
    })
  })

  it('A4 by default; columns wide enough for Chinese text', async () => {
    const { workbook } = await workbookFor(trainingAndServing(), 'zh-CN')
    const sheet = workbook.getWorksheet('报价单')!
    expect(sheet.pageSetup.paperSize).toBe(9)
    const description = sheet.getColumn(3)
    const widest = Math.max(
      ...(description.values as unknown[])
        .slice(3)
        .filter((v): v is string => typeof v === 'string')
        .map(displayWidth)
    )
    expect(description.width).toBeGreaterThanOrEqual(Math.min(widest, 60))
    expect(displayWidth('加速卡')).toBe(6)
    expect(displayWidth('H100')).toBe(4)
  })
})

describe('the Assumptions and Sizing sheets', () => {
  it('every input is a named, sourced cell on Assumptions', async () => {
    const { workbook, estimate } = await workbookFor(trainingAndServing(), 'en')
    const names = definedNames(workbook)
    for (const name of [
      'Plan_pue',
      'Plan_taxRate',
      'Plan_discount',
      'Plan_electricityPricePerKWh',
      'Plan_years',
      'Plan_fx_USD',
      'Plan_fx_CNY',
      'Plan_fx_EUR'
    ])
      expect(names.get(name), name).toMatch(/^'?Assumptions'?!\$C\$\d+$/)
    const mfu = names.get('W1_mfu')!
    expect(mfu).toMatch(/Assumptions'?!\$C\$\d+$/)
    const row = Number(/\$(\d+)$/.exec(mfu)![1])
    const sheet = workbook.getWorksheet('Assumptions')!
    const assumption = estimate.workloads[0].result.assumptions.find((a) => a.id === 'mfu')!
    expect(sheet.getRow(row).getCell(3).value).toBe(assumption.value)
    expect(sheet.getRow(row).getCell(6).value).toBe(assumption.source)
    expect(sheet.getRow(row).getCell(1).value).toBe('W1_mfu')
  })

  it('formula steps are formulas, look-ups are values marked as such', async () => {
    const { workbook, estimate } = await workbookFor(trainingAndServing(), 'en')
    const sheet = workbook.getWorksheet('Sizing')!
    const kind = columnOf(sheet, 1, 'Kind')
    const steps = estimate.workloads[0].result.steps
    const names = definedNames(workbook)
    for (const step of steps) {
      const ref = names.get(`W1_${step.id}`)!
      const row = sheet.getRow(Number(/\$(\d+)$/.exec(ref)![1]))
      const value = row.getCell(4).value
      if (step.kind === 'formula') {
        expect(value, step.id).toMatchObject({ formula: expect.any(String) })
        expect(row.getCell(kind).value).toBe('formula')
      } else {
        expect(value, step.id).toBe(step.value)
        expect(row.getCell(kind).value).toBe('looked-up value')
        // The source as the reader reads it: a cited figure by its label (issue 19).
        expect(row.getCell(7).value).toBe(localizeText(step.source ?? '', 'en'))
      }
    }
    const accelerators = names.get('W1_accelerators')!
    const cell = sheet.getCell(accelerators.split('!')[1].replace(/\$/g, ''))
    expect((cell.value as { formula: string }).formula).toMatch(
      /^CEILING\(W1_acceleratorHours\/\(W1_targetDays\*24\*W1_trainingGoodput\)/
    )
  })

  it('the Hardware sheet lists specs with sources and price dates', async () => {
    const { workbook } = await workbookFor(trainingAndServing(), 'en')
    const sheet = workbook.getWorksheet('Hardware')!
    const all = (sheet.getSheetValues() as unknown[][])
      .flat()
      .filter((v) => typeof v === 'string') as string[]
    expect(all).toContain('nvidia-h100-sxm5-80gb')
    expect(all).toContain('hgx-8-sxm-hopper')
    expect(all.some((v) => /^20\d\d/.test(v))).toBe(true)
  })
})
