/** The Summary sheet spec: who and when, live headline figures, assumptions, notes, in en and zh-CN. */
import { describe, expect, it } from 'vitest'
import type { PlanDocument } from '@shared/schema/plan'
import type { QuoteLanguage } from '@shared/schema/quote'
import { buildScopes } from '../../../../../../src/main/services/quote/workbook/scopes'
import { QUOTE_TOTAL_NAMES } from '../../../../../../src/main/services/quote/workbook/sheets/quote'
import { summarySheet } from '../../../../../../src/main/services/quote/workbook/sheets/summary'
import { createStyles } from '../../../../../../src/main/services/quote/workbook/styles'
import type { CellSpec } from '../../../../../../src/main/services/quote/workbook/spec'
import {
  edits,
  fullEdits,
  mixedHardware,
  trainingAndServing
} from '../../../../quote/helpers/fixtures'
import { cellTextOf, quoteModel, specRows } from '../../../../quote/helpers/model'

function summary(plan: PlanDocument, language: QuoteLanguage, quoteEdits = fullEdits()) {
  const model = quoteModel(plan, language, quoteEdits)
  const spec = summarySheet(model, buildScopes(model))
  return { model, spec, rows: specRows(spec.rows) }
}

/** The row whose first cell reads `text`. */
function rowOf(rows: CellSpec[][], text: string): CellSpec[] {
  const row = rows.find((cells) => cellTextOf(cells[0]) === text)
  if (!row) throw new Error(`no row "${text}"`)
  return row
}

const formulaOf = (cell: CellSpec) => (cell && 'formula' in cell ? cell : undefined)

describe('summary sheet in English', () => {
  const { model, spec, rows } = summary(trainingAndServing(), 'en')

  it('is named Summary and prints on one portrait page', () => {
    expect(spec).toMatchObject({ name: 'Summary', onePage: true, landscape: false, headerRows: 0 })
    expect(cellTextOf(rows[0][0])).toBe('Compute plan: quote and sizing')
  })

  it('lists plan, date, company, author and currency', () => {
    expect(cellTextOf(rowOf(rows, 'Plan')[1])).toBe('GPU cluster 2025')
    expect(cellTextOf(rowOf(rows, 'Date')[1])).toBe('2025-03-01')
    expect(cellTextOf(rowOf(rows, 'Company')[1])).toBe('R&D Lab')
    expect(cellTextOf(rowOf(rows, 'Prepared by')[1])).toBe('张三')
    expect(cellTextOf(rowOf(rows, 'Currency')[1])).toBe('CNY')
  })

  it('headline figures are live formulas over the group, totals and quote cells', () => {
    const group = model.estimate.totals!.byAccelerator[0]
    const accelerators = formulaOf(rowOf(rows, 'Accelerators: H100 SXM5 80GB')[1])
    expect(accelerators).toMatchObject({
      formula: 'G1_acceleratorsNeeded',
      result: group.accelerators
    })
    // One accelerator model: no "all models" line.
    expect(rows.some((r) => cellTextOf(r[0]) === 'Accelerators, all models')).toBe(false)
    // The whole cluster is sized: capex and TCO are the totals scope's cells.
    const totals = model.estimate.totals!
    expect(formulaOf(rowOf(rows, 'Capital cost (planner estimate, incl. tax)')[1])).toMatchObject({
      formula: 'T_planCapex',
      result: totals.capex
    })
    expect(rowOf(rows, `Total cost of ownership over ${totals.years} years`)[2]).toEqual({
      text: 'CNY'
    })
    const grand = formulaOf(rowOf(rows, 'Quote grand total')[1])
    expect(grand).toMatchObject({
      formula: QUOTE_TOTAL_NAMES.grandTotal,
      result: model.quote.totals.grandTotal,
      style: 'moneyTotal'
    })
    // Racks: the compute racks of the group plus the support racks, each a cluster cell.
    const racks = formulaOf(rowOf(rows, 'Racks')[1])!
    expect(racks.result).toBe(totals.racks)
    expect(racks.formula.split('+').every((n) => /^C\d+_(racks|supportRacks)$/.test(n))).toBe(true)
    expect(racks.formula).toMatch(/supportRacks/)
  })

  it('says compare mode is off, lists at most 12 assumptions, then the notes', () => {
    expect(rows.some((r) => cellTextOf(r[0])?.startsWith('Compare mode is off'))).toBe(true)
    const start = rows.findIndex((r) => cellTextOf(r[0]) === 'Main assumptions')
    const lines = rows.slice(start + 1).filter((r) => r.length === 3 && formulaOf(r[1]))
    expect(lines.length).toBeLessThanOrEqual(12)
    for (const line of lines) {
      // "<workload title>: <label>" linked to the workload's own assumption cell.
      expect(cellTextOf(line[0])).toMatch(/^(Pre-train 7B \(train\)|serve): /)
      expect(formulaOf(line[1])!.formula).toMatch(/^W[12]_[A-Za-z]+$/)
    }
    // Only assumptions a step uses have a cell to link to (18 here: 6 for training, 12 for
    // serving): 12 on the Summary, the rest counted.
    const linked = model.estimate.workloads.flatMap((w) => {
      const used = new Set(w.result.steps.flatMap((step) => step.inputs.map((i) => i.ref)))
      return w.result.assumptions.filter((a) => used.has(a.id))
    }).length
    expect(lines).toHaveLength(Math.min(12, linked))
    expect(
      rows.some((r) => cellTextOf(r[0]) === `… and ${linked - 12} more on the Assumptions sheet.`)
    ).toBe(linked > 12)
    const notes = rows.findIndex((r) => cellTextOf(r[0]) === 'Notes')
    expect(cellTextOf(rows[notes + 1][0])).toBe('Prices valid for 30 days.')
  })

  it('no notes section when the notes are blank', () => {
    const blank = summary(trainingAndServing(), 'en', edits({ notes: '   ' }))
    expect(blank.rows.some((r) => cellTextOf(r[0]) === 'Notes')).toBe(false)
  })
})

describe('summary sheet in Chinese', () => {
  it('labels, sheet name and the accelerator name are Chinese', () => {
    const { spec, rows } = summary(trainingAndServing(), 'zh-CN')
    expect(spec.name).toBe('汇总')
    expect(cellTextOf(rows[0][0])).toBe('算力规划：报价与测算')
    expect(cellTextOf(rowOf(rows, '方案')[1])).toBe('GPU cluster 2025')
    expect(cellTextOf(rowOf(rows, '编制人')[1])).toBe('张三')
    expect(rowOf(rows, '报价总计')[1]).toMatchObject({ formula: 'Quote_GrandTotal' })
    expect(rows.some((r) => cellTextOf(r[0])?.startsWith('加速卡：'))).toBe(true)
    expect(
      rows.some((r) => cellTextOf(r[0]) === '未启用方案对比：按各工作负载所选硬件计算。')
    ).toBe(true)
  })

  it('several accelerator models: a total line summing every group', () => {
    const { model, rows } = summary(mixedHardware(), 'zh-CN')
    const total = formulaOf(rowOf(rows, '加速卡（全部型号）')[1])
    expect(total).toMatchObject({
      formula: 'G1_acceleratorsNeeded+G2_acceleratorsNeeded+G3_acceleratorsNeeded',
      result: model.estimate.totals!.accelerators
    })
    expect(model.estimate.totals!.accelerators).toBe(
      model.estimate.totals!.byAccelerator.reduce((sum, g) => sum + g.accelerators, 0)
    )
  })
})

describe('summary headline figures', () => {
  it('every figure groups thousands (6,074.6 MWh, not 6074.587), in both languages', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const { rows } = summary(trainingAndServing(), language)
      const styles = createStyles('CNY', language === 'zh-CN')
      const start = rows.findIndex((r) => cellTextOf(r[0]) === cellTextOf(rows[0][0])) + 1
      const header = rows.findIndex(
        (r, i) => i >= start && cellTextOf(r[1]) === (language === 'en' ? 'Value' : '数值')
      )
      const figures = rows.slice(
        header + 1,
        rows.findIndex((r, i) => i > header && r.length < 3)
      )
      // Cards, servers, racks, kW, MWh, money: at least six figures, every one grouped.
      expect(figures.length).toBeGreaterThanOrEqual(6)
      for (const row of figures) {
        const cell = row[1] as { style?: keyof typeof styles }
        expect(cell.style, cellTextOf(row[0])).toBeDefined()
        expect(styles[cell.style!].numFmt, cellTextOf(row[0])).toMatch(/#,##0/)
      }
    }
  })
})
