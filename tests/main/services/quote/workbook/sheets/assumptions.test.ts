/** The Assumptions sheet spec: shared plan settings, then each scope's own inputs, en and zh-CN. */
import { describe, expect, it } from 'vitest'
import type { QuoteLanguage } from '@shared/schema/quote'
import { buildScopes } from '../../../../../../src/main/services/quote/workbook/scopes'
import { assumptionsSheet } from '../../../../../../src/main/services/quote/workbook/sheets/assumptions'
import type { CellSpec } from '../../../../../../src/main/services/quote/workbook/spec'
import { edits, trainingAndServing } from '../../../../quote/helpers/fixtures'
import { cellTextOf, quoteModel, specRows } from '../../../../quote/helpers/model'

function build(language: QuoteLanguage, quoteEdits?: Parameters<typeof quoteModel>[2]) {
  const model = quoteModel(trainingAndServing(), language, quoteEdits)
  const scopes = buildScopes(model)
  const spec = assumptionsSheet(model, scopes)
  return { model, scopes, spec, rows: specRows(spec.rows) }
}

const rowNamed = (rows: CellSpec[][], name: string) => {
  const row = rows.find((cells) => cellTextOf(cells[0]) === name)
  if (!row) throw new Error(`no row ${name}`)
  return row
}

describe('assumptions sheet in English', () => {
  const { scopes, spec, rows } = build('en')

  it('header, then the plan settings section', () => {
    expect(spec).toMatchObject({ name: 'Assumptions', headerRows: 1, landscape: true })
    expect(rows[0].map(cellTextOf)).toEqual(['Name', 'Item', 'Value', 'Unit', 'Origin', 'Source'])
    expect(cellTextOf(rows[1][0])).toBe('Plan settings')
    expect(rows[2].slice(1, 3).map(cellTextOf)).toEqual(['Currency', 'CNY'])
  })

  it('plan settings are blue named inputs with the plan’s values', () => {
    // trainingAndServing: tax 13 %, discount 5 %; defaults PUE 1.3, 5 years, 20 kW racks.
    expect(rowNamed(rows, 'Plan_taxRate')[2]).toEqual({
      number: 0.13,
      style: 'inputPercent',
      name: 'Plan_taxRate'
    })
    expect(rowNamed(rows, 'Plan_discount')[2]).toMatchObject({ number: 0.05 })
    expect(rowNamed(rows, 'Plan_pue')[2]).toEqual({ number: 1.3, style: 'input', name: 'Plan_pue' })
    expect(cellTextOf(rowNamed(rows, 'Plan_electricityPricePerKWh')[3])).toBe('CNY/kWh')
    expect(cellTextOf(rowNamed(rows, 'Plan_years')[3])).toBe('year')
    const cny = rowNamed(rows, 'Plan_fx_CNY')
    expect(cellTextOf(cny[1])).toBe('Exchange rate, CNY per USD')
    expect(cny[2]).toMatchObject({ number: 7.2 })
    expect(cellTextOf(cny[4])).toBe('plan setting')
    // Support from the quote edits: 8 % a year for 3 years.
    expect(rowNamed(rows, 'Plan_supportRatePerYear')[2]).toMatchObject({ number: 0.08 })
    expect(rowNamed(rows, 'Plan_supportYears')[2]).toMatchObject({ number: 3 })
  })

  it('each scope lists exactly its own-cell externals, shared ones stay in the settings', () => {
    for (const scope of scopes) {
      const own = scope.externals.filter((e) => e.home.kind === 'own')
      for (const e of own) {
        const row = rowNamed(rows, `${scope.prefix}_${e.id}`)
        // A share (MFU, goodput…) is an input shown as a percentage, with no unit beside it.
        const share = e.unit === 'fraction'
        expect(row[2]).toEqual({
          number: e.value,
          style: share ? 'inputPercent' : 'input',
          name: `${scope.prefix}_${e.id}`
        })
        if (share) expect(cellTextOf(row[3])).toBe('')
      }
    }
    expect(rows.some((cells) => cellTextOf(cells[0]) === 'W1_pue')).toBe(false)
    expect(rows.some((cells) => cellTextOf(cells[0]) === 'G1_acceleratorsNeeded')).toBe(false)
  })

  it('workload rows say where the value comes from', () => {
    expect(cellTextOf(rows.find((c) => cellTextOf(c[0])?.startsWith('Workload: '))![0])).toBe(
      'Workload: Pre-train 7B (train)'
    )
    expect(cellTextOf(rowNamed(rows, 'W1_mfu')[4])).toBe('default')
    expect(cellTextOf(rowNamed(rows, 'W1_targetDays')[4])).toBe('plan input')
  })

  it('without support in the edits there are no support rows', () => {
    const bare = build('en', edits({}))
    expect(bare.rows.some((cells) => cellTextOf(cells[0]) === 'Plan_supportYears')).toBe(false)
    expect(bare.rows.some((cells) => cellTextOf(cells[0]) === 'Plan_supportRatePerYear')).toBe(
      false
    )
  })
})

describe('assumptions sheet in Chinese', () => {
  it('labels and origins in Chinese, same names and values', () => {
    const { spec, rows } = build('zh-CN')
    const en = build('en')
    expect(spec.name).toBe('假设与参数')
    expect(rows[0].map(cellTextOf)).toEqual(['名称', '项目', '数值', '单位', '来源类型', '出处'])
    expect(cellTextOf(rows[1][0])).toBe('方案设置')
    expect(cellTextOf(rowNamed(rows, 'Plan_pue')[1])).toBe('电能利用效率（PUE）')
    expect(cellTextOf(rowNamed(rows, 'Plan_fx_EUR')[1])).toBe('汇率：每美元兑 EUR')
    expect(cellTextOf(rowNamed(rows, 'Plan_years')[3])).toBe('年')
    expect(cellTextOf(rowNamed(rows, 'W1_mfu')[4])).toBe('默认值')
    expect(rows.some((c) => cellTextOf(c[0]) === '工作负载：Pre-train 7B (train)')).toBe(true)
    // Only the texts change with the language: the named value cells are the same.
    const named = (r: typeof rows) => r.filter((c) => c.length === 6 && c[2] && 'name' in c[2])
    expect(named(rows).map((c) => c[2])).toEqual(named(en.rows).map((c) => c[2]))
    expect(named(rows).length).toBeGreaterThan(10)
  })
})
