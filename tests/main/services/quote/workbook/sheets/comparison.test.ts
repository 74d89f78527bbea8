/** The Comparison sheet spec (compare mode): market, one table per group, the pick highlighted. */
import { describe, expect, it } from 'vitest'
import { COMPARISON_COLUMNS } from '@shared/compare/table'
import type { QuoteLanguage } from '@shared/schema/quote'
import { comparisonSheet } from '../../../../../../src/main/services/quote/workbook/sheets/comparison'
import type { CellSpec } from '../../../../../../src/main/services/quote/workbook/spec'
import { edits, plan, trainingAndServing } from '../../../../quote/helpers/fixtures'
import { cellTextOf, quoteModel, specRows } from '../../../../quote/helpers/model'

const CANDIDATES = ['nvidia-h20-96gb', 'huawei-ascend-910b', 'nvidia-h100-sxm5-80gb']

function servingPlan() {
  return plan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'chat service',
    workloads: [
      {
        id: 'chat',
        kind: 'llm-inference',
        accelerator: 'nvidia-h100-sxm5-80gb',
        model: 'llama-2-70b',
        weightPrecision: 'fp16',
        contextTokens: 8192,
        concurrency: 8
      }
    ],
    settings: { currency: 'CNY', market: 'mainland-china' },
    compare: { enabled: true, candidates: CANDIDATES }
  })
}

function build(language: QuoteLanguage) {
  const model = quoteModel(servingPlan(), language, edits())
  const spec = comparisonSheet(model)
  if (!spec) throw new Error('no comparison sheet')
  return { model, spec, rows: specRows(spec.rows) }
}

const isCandidateRow = (cells: CellSpec[]) => cells.length === COMPARISON_COLUMNS.length
const styleOf = (cell: CellSpec) => (cell ? cell.style : undefined)

describe('comparison sheet', () => {
  it('is left out when compare mode is off', () => {
    expect(comparisonSheet(quoteModel(trainingAndServing()))).toBeUndefined()
  })

  describe('in English', () => {
    const { model, spec, rows } = build('en')
    const group = model.estimate.compare!.groups[0]

    it('names the market, then the group and its header, repeated on printed pages', () => {
      expect(spec).toMatchObject({ name: 'Comparison', landscape: true, headerRows: 0 })
      expect(cellTextOf(rows[0][0])).toBe('Procurement market: Mainland China')
      expect(cellTextOf(rows[2][0])).toBe(`Workloads: ${group.label}`)
      const header = spec.printTitleRows!.first
      expect(header).toBe(4)
      expect(rows[header - 1]).toHaveLength(COMPARISON_COLUMNS.length)
      expect(spec.columns).toHaveLength(COMPARISON_COLUMNS.length)
      expect(cellTextOf(rows[header - 1][0])).toBe('Candidate') // compare.columns.candidate
    })

    it('one row per candidate; only the recommended one is highlighted', () => {
      const candidates = rows.slice(4).filter(isCandidateRow)
      expect(candidates).toHaveLength(group.candidates.length)
      expect(candidates).toHaveLength(CANDIDATES.length)
      const highlighted = candidates.filter((cells) => styleOf(cells[0]) === 'highlightText')
      // Priced cards that fit (H20, 910B and H100 have catalog prices): one is recommended.
      expect(group.recommended).not.toBeNull()
      expect(highlighted).toHaveLength(1)
      const pick = group.candidates.find((c) => c.acceleratorId === group.recommended)!
      expect(cellTextOf(highlighted[0][0])).toContain(pick.name)
      // Its numbers are highlighted too: money in the money format, counts as whole numbers.
      const cardsColumn = COMPARISON_COLUMNS.indexOf('cards')
      expect(highlighted[0][cardsColumn]).toMatchObject({ style: 'highlightInteger' })
      for (const cell of highlighted[0])
        if (cell && 'number' in cell)
          expect(['highlightNumber', 'highlightInteger', 'highlightMoney']).toContain(cell.style)
    })

    it('card counts are integers taken from the candidates', () => {
      const cardsColumn = COMPARISON_COLUMNS.indexOf('cards')
      const rowsByName = rows.slice(4).filter(isCandidateRow)
      for (const candidate of group.candidates) {
        const row = rowsByName.find((cells) => cellTextOf(cells[0])?.includes(candidate.name))!
        const cell = row[cardsColumn]
        if (candidate.accelerators === null) expect(cell).toBeNull()
        else expect(cell).toMatchObject({ number: candidate.accelerators })
      }
    })

    it('ends with the ranking note, which says what the ranked cost covers', () => {
      const text = cellTextOf(rows[rows.length - 1][0])
      expect(text).toMatch(/^Ranked by total cost of ownership of cards, servers/)
      expect(text).toContain('network, storage and racks are on the Quote sheet')
    })
  })

  it('in Chinese: sheet name, market and group title in Chinese, same numbers', () => {
    const en = build('en')
    const { spec, rows } = build('zh-CN')
    expect(spec.name).toBe('方案对比')
    expect(cellTextOf(rows[0][0])).toBe('采购市场：中国大陆')
    expect(cellTextOf(rows[2][0])).toMatch(/^负载：/)
    expect(cellTextOf(rows[spec.printTitleRows!.first - 1][0])).toBe('候选')
    const numbers = (r: CellSpec[][]) =>
      r.filter(isCandidateRow).map((cells) => cells.filter((c) => c && 'number' in c))
    expect(numbers(rows.slice(4))).toEqual(numbers(en.rows.slice(4)))
    expect(cellTextOf(rows[rows.length - 1][0])).not.toMatch(/Ranked by/)
  })
})
