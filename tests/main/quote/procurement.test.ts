/**
 * The procurement conventions of the Quote sheet (issue 15): quote number, date, validity,
 * buyer and supplier from the settings, VAT columns, the grand total in Chinese capital
 * numerals matching the live total, and the terms. See /work/shared/reference/procurement-cn.md.
 */
import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { chineseCapitalAmount } from '@shared/quote/chinese-capitals'
import { computeQuoteLines } from '@shared/quote/lines'
import type { EstimateResult } from '@shared/core'
import type { PlanDocument } from '@shared/schema/plan'
import type { QuoteEdits } from '@shared/schema/quote'
import type { Procurement } from '@shared/schema/procurement'
import type { QuoteLanguage } from '@shared/schema/quote'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { fullEdits, trainingAndServing } from './helpers/fixtures'
import { close, definedNames, formulaCells, readWorkbook, recalculate } from './helpers/workbook'

const PROCUREMENT: Procurement = {
  buyer: { company: '上海某某大学', contact: '张老师', taxId: '12310000425006117P' },
  supplier: { contact: '李工', phone: '010-8888 6666' },
  terms: {
    delivery: '合同签订后 8 周内到货',
    payment: '预付 30%，验收后 70%',
    warranty: '原厂 3 年'
  }
}

/**
 * The fixture's edits, with a unit price typed for every line the catalog cannot price (the
 * cluster's switches, optics, racks …), as a planner completing the quote would.
 */
function everyLinePriced(plan: PlanDocument, estimate: EstimateResult): QuoteEdits {
  const edits = fullEdits()
  const missing = computeQuoteLines(plan, estimate, edits).lines.filter((l) => l.priceMissing)
  return {
    ...edits,
    overrides: [
      ...edits.overrides,
      ...missing.map((line) => ({ lineId: line.id, unitPrice: 1000 }))
    ]
  }
}

async function build(
  language: QuoteLanguage,
  procurement?: Procurement,
  options: { priced?: boolean } = { priced: true }
) {
  const plan = trainingAndServing()
  const estimate = estimatePlan(plan)
  const edits = options.priced ? everyLinePriced(plan, estimate) : fullEdits()
  const built = await buildQuoteWorkbook({
    plan,
    estimate,
    edits: { ...edits, language },
    language,
    date: '2026-12-05',
    letterhead: { company: '北京算力科技有限公司', author: '' },
    ...(procurement ? { procurement } : {})
  })
  return { built, workbook: await readWorkbook(built.bytes) }
}

/** Every string cell of a sheet, with its address. */
function strings(sheet: ExcelJS.Worksheet): { row: number; col: number; text: string }[] {
  const found: { row: number; col: number; text: string }[] = []
  sheet.eachRow((row, rowNumber) =>
    row.eachCell((cell, col) => {
      if (typeof cell.value === 'string') found.push({ row: rowNumber, col, text: cell.value })
    })
  )
  return found
}

/** The value to the right of a label (the next non-empty cell of its row). */
function valueRightOf(sheet: ExcelJS.Worksheet, label: string, nth = 0): unknown {
  const at = strings(sheet).filter((s) => s.text === label)[nth]
  if (!at) throw new Error(`no label ${label}`)
  const row = sheet.getRow(at.row)
  for (let col = at.col + 1; col <= row.cellCount; col++) {
    const value = row.getCell(col).value
    if (value !== null && value !== undefined) return value
  }
  return undefined
}

describe('the zh-CN quote follows procurement conventions', () => {
  it('quote number, date, validity, buyer and supplier (supplier company from the letterhead)', async () => {
    const { workbook } = await build('zh-CN', PROCUREMENT)
    const sheet = workbook.getWorksheet('报价单')!
    const number = valueRightOf(sheet, '报价单号') as string
    expect(number).toMatch(/^CP-20261205-[0-9A-F]{6}$/)
    expect(valueRightOf(sheet, '报价日期')).toBe('2026-12-05')
    expect(valueRightOf(sheet, '有效期')).toBe('30 天（至 2027-01-04）')
    expect(valueRightOf(sheet, '单位名称', 0)).toBe('上海某某大学')
    expect(valueRightOf(sheet, '单位名称', 1)).toBe('北京算力科技有限公司')
    expect(valueRightOf(sheet, '纳税人识别号', 0)).toBe('12310000425006117P')
    expect(valueRightOf(sheet, '联系人', 1)).toBe('李工')
    expect(valueRightOf(sheet, '交货期')).toBe('合同签订后 8 周内到货')
    expect(valueRightOf(sheet, '付款方式')).toBe('预付 30%，验收后 70%')
    // The quote number is printed on every page of every sheet.
    for (const each of workbook.worksheets)
      expect(each.headerFooter.oddFooter, each.name).toContain(`报价单号 ${number}`)
  })

  it('the total in words is the live grand total, and the grand total is the Summary capex', async () => {
    const { built, workbook } = await build('zh-CN', PROCUREMENT)
    const sheet = workbook.getWorksheet('报价单')!
    const engine = recalculate(workbook)
    const grandTotal = engine.valueOf('Quote_GrandTotal') as number
    expect(close(grandTotal, built.quote.totals.grandTotal)).toBe(true)
    expect(valueRightOf(sheet, '合计（大写）')).toBe(`人民币${chineseCapitalAmount(grandTotal)}`)
    // One grand total: the Summary's capital cost is a formula that lands on the same figure.
    expect(close(engine.valueOf('T_planCapex') as number, grandTotal)).toBe(true)
    const summary = workbook.getWorksheet('汇总')!
    const capexRow = strings(summary).find((s) => s.text.startsWith('资本支出'))
    expect(capexRow, 'Summary capex row').toBeDefined()
    const capex = summary.getRow(capexRow!.row).getCell(capexRow!.col + 1).value as {
      result: number
    }
    expect(close(capex.result, grandTotal)).toBe(true)
  })

  it('while lines still lack a price, no total in words (it would read as the whole price) but a note with the count', async () => {
    const { built, workbook } = await build('zh-CN', PROCUREMENT, { priced: false })
    const missing = built.quote.totals.priceMissingLines
    expect(missing).toBeGreaterThan(0)
    const texts = strings(workbook.getWorksheet('报价单')!).map((s) => s.text)
    expect(texts).not.toContain('合计（大写）')
    expect(texts.some((text) => text.startsWith(`${missing} 项尚无单价`))).toBe(true)
  })

  it('VAT columns: rate from the plan, unit price and total with VAT, live', async () => {
    const { built, workbook } = await build('zh-CN')
    const cells = formulaCells(workbook).filter((c) => c.sheet === '报价单')
    const rateCells = cells.filter((c) => c.formula === 'Plan_taxRate')
    expect(rateCells.length).toBe(built.quote.lines.length)
    const engine = recalculate(workbook)
    const row = rateCells[0].row
    const at = (col: string) => cells.find((c) => c.address === `${col}${row}`)!
    expect(at('J').formula).toBe(`F${row}*(1-G${row})*(1+I${row})`)
    expect(at('K').formula).toBe(`H${row}*(1+I${row})`)
    // Change the VAT rate on the Assumptions sheet: every line's amount with VAT follows.
    engine.setName('Plan_taxRate', 0.06)
    const net = engine.valueAt('报价单', row, 8) as number
    expect(close(engine.valueAt('报价单', row, 11) as number, net * 1.06)).toBe(true)
    expect(definedNames(workbook).get('Plan_taxRate')).toMatch(/假设与参数/)
  })

  it('without procurement settings the blocks are there to fill, and English has no words row', async () => {
    const { workbook } = await build('en')
    const sheet = workbook.getWorksheet('Quote')!
    expect(valueRightOf(sheet, 'Quote No.')).toMatch(/^CP-20261205-/)
    expect(valueRightOf(sheet, 'Valid until')).toBe('30 days (until 2027-01-04)')
    expect(valueRightOf(sheet, 'Company', 0)).toBe('—')
    expect(valueRightOf(sheet, 'Company', 1)).toBe('北京算力科技有限公司')
    expect(strings(sheet).some((s) => s.text === 'Total in words')).toBe(false)
    expect(strings(sheet).some((s) => s.text === 'Payment terms')).toBe(true)
  })

  it('bank and account (开户行, 账号) from the settings screen are printed under each party; absent, no row', async () => {
    const { workbook } = await build('zh-CN', {
      ...PROCUREMENT,
      supplier: {
        ...PROCUREMENT.supplier,
        bank: '中国银行北京中关村支行',
        account: '3456 7890 1234'
      }
    })
    const sheet = workbook.getWorksheet('报价单')!
    expect(valueRightOf(sheet, '开户行', 0)).toBe('—')
    expect(valueRightOf(sheet, '开户行', 1)).toBe('中国银行北京中关村支行')
    expect(valueRightOf(sheet, '账号', 1)).toBe('3456 7890 1234')
    const { workbook: plain } = await build('en', PROCUREMENT)
    expect(strings(plain.getWorksheet('Quote')!).some((s) => s.text === 'Bank')).toBe(false)
  })
})
