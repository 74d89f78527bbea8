/** The Sizing sheet spec: one named row per step, live formulas over named cells, en and zh-CN. */
import { describe, expect, it } from 'vitest'
import type { QuoteLanguage } from '@shared/schema/quote'
import { buildScopes } from '../../../../../../src/main/services/quote/workbook/scopes'
import { sizingSheet } from '../../../../../../src/main/services/quote/workbook/sheets/sizing'
import type { CellSpec } from '../../../../../../src/main/services/quote/workbook/spec'
import { trainingAndServing } from '../../../../quote/helpers/fixtures'
import { cellTextOf, quoteModel, specRows } from '../../../../quote/helpers/model'

function build(language: QuoteLanguage) {
  const model = quoteModel(trainingAndServing(), language)
  const scopes = buildScopes(model)
  const spec = sizingSheet(model, scopes)
  return { model, scopes, spec, rows: specRows(spec.rows) }
}

const rowNamed = (rows: CellSpec[][], name: string) => {
  const row = rows.find((cells) => cellTextOf(cells[0]) === name)
  if (!row) throw new Error(`no row ${name}`)
  return row
}
const valueOf = (row: CellSpec[]) => {
  const cell = row[3]
  if (!cell || 'text' in cell) throw new Error('no value cell')
  return cell
}

describe('sizing sheet in English', () => {
  const { model, scopes, spec, rows } = build('en')

  it('a frozen header row of seven columns', () => {
    expect(spec).toMatchObject({ name: 'Sizing', headerRows: 1, landscape: true })
    expect(rows[0].map(cellTextOf)).toEqual([
      'Step',
      'Description',
      'Formula',
      'Value',
      'Unit',
      'Kind',
      'Source'
    ])
    expect(spec.columns).toHaveLength(7)
  })

  it('one section title per scope, workloads titled by name, kind and card', () => {
    expect(rows.filter((cells) => cells.length === 1)).toHaveLength(scopes.length)
    expect(rows[1]).toHaveLength(1)
    expect(cellTextOf(rows[1][0])).toMatch(
      /^Workload Pre-train 7B \(train\) \(.+\) on H100 SXM5 80GB$/
    )
    expect(
      rows.some(
        (cells) =>
          cellTextOf(cells[0]) === 'Roll-up of H100 SXM5 80GB: servers, racks, power and cost'
      )
    ).toBe(true)
  })

  it('every step has a row named <scope>_<step> whose value cell defines that name', () => {
    for (const scope of scopes)
      for (const step of scope.steps) {
        const name = `${scope.prefix}_${step.id}`
        const value = valueOf(rowNamed(rows, name))
        expect(value.name).toBe(name)
        if (step.kind === 'formula') expect(value).toMatchObject({ result: step.value })
        else expect(value).toEqual({ number: step.value, style: 'lookup', name })
      }
  })

  it('kind column: formula or looked-up value', () => {
    const w1 = scopes[0]
    const lookup = w1.steps.find((s) => s.kind === 'lookup')!
    const formula = w1.steps.find((s) => s.kind === 'formula')!
    expect(cellTextOf(rowNamed(rows, `W1_${lookup.id}`)[5])).toBe('looked-up value')
    expect(cellTextOf(rowNamed(rows, `W1_${formula.id}`)[5])).toBe('formula')
  })

  it('formulas read the plan settings from their shared cells, other inputs from the scope', () => {
    const w1 = scopes[0]
    const usesPue = w1.steps.find(
      (s) => s.kind === 'formula' && s.inputs.some((i) => i.ref === 'pue')
    )!
    const formula = (valueOf(rowNamed(rows, `W1_${usesPue.id}`)) as { formula: string }).formula
    expect(formula).toContain('Plan_pue')
    expect(formula).not.toContain('W1_pue')
    for (const input of usesPue.inputs.filter((i) => i.ref !== 'pue'))
      expect(formula).toContain(`W1_${input.ref}`)
  })

  it('a group starts with the live sum of its workloads’ accelerators', () => {
    const row = rowNamed(rows, 'G1_acceleratorsNeeded')
    const accelerators = model.estimate.workloads.map(
      (w) => w.result.steps.find((s) => s.id === w.result.fieldSteps.accelerators)!.value
    )
    expect(valueOf(row)).toMatchObject({
      formula: 'W1_accelerators+W2_accelerators',
      result: accelerators[0] + accelerators[1]
    })
    expect(cellTextOf(row[2])).toBe('Sum of the accelerators of workloads train, serve')
  })

  it('the plan totals add the groups’ figures live', () => {
    expect(valueOf(rowNamed(rows, 'T_groupsItPowerKW'))).toMatchObject({
      formula: 'G1_itPowerKW',
      name: 'T_groupsItPowerKW'
    })
  })
})

describe('sizing sheet in Chinese', () => {
  it('Chinese headers, titles and kinds, with the same names and formulas', () => {
    const en = build('en')
    const { spec, rows } = build('zh-CN')
    expect(spec.name).toBe('测算过程')
    expect(rows[0].map(cellTextOf)).toEqual([
      '步骤',
      '说明',
      '公式',
      '数值',
      '单位',
      '类型',
      '出处'
    ])
    expect(cellTextOf(rows[1][0])).toMatch(/^工作负载 Pre-train 7B \(train\)（.+），硬件 /)
    expect(
      rows.some((cells) => cellTextOf(cells[0])?.endsWith(' 汇总：服务器、机柜、功率与成本'))
    ).toBe(true)
    expect(cellTextOf(rowNamed(rows, 'G1_acceleratorsNeeded')[2])).toBe(
      '工作负载 train, serve 的加速卡数量之和'
    )
    const kinds = new Set(rows.map((cells) => cellTextOf(cells[5])).filter(Boolean))
    expect([...kinds].sort()).toEqual(['公式', '查表数值', '校验', '类型'].sort())
    // Only the texts change with the language.
    const values = (r: CellSpec[][]) =>
      r
        .slice(1)
        .filter((c) => c.length === 7)
        .map((c) => c[3])
    expect(values(rows)).toEqual(values(en.rows))
  })
})
