/**
 * compare/table.ts, cell by cell on hand-made candidates; the ranking and CSV of a real
 * comparison are in ../compare-table.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  COMPARISON_COLUMNS,
  candidateRow,
  cellText,
  columnTitle,
  numericColumnTitle,
  rankedOrder,
  reasonsText,
  splitText
} from '../../../src/shared/compare/table'
import type { CompareCandidate, CompareGroup } from '../../../src/shared/core/compare'
import { formatDuration } from '../../../src/shared/format/duration'
import { messages, translate } from '../../../src/shared/i18n'

const base = {
  groupId: 'g',
  acceleratorId: 'a',
  name: 'Card A',
  nameZh: '甲卡',
  vendor: 'V',
  origin: 'catalog',
  evaluable: true,
  reason: null,
  accelerators: 8,
  servers: 1,
  split: null,
  replicas: 2,
  timeToFirstTokenMs: 123.4,
  timePerOutputTokenMs: 25.25,
  workloads: [],
  maxDays: 2.5,
  itPowerKW: 10.26,
  facilityPowerKW: 13,
  capex: 1_234_567.8,
  tco: 2_000_000,
  availability: null,
  excluded: false,
  priceNeeded: false,
  feasible: true,
  ranked: true,
  failures: [],
  cautions: []
}
const candidate = (own: Record<string, unknown> = {}) =>
  ({ ...base, ...own }) as unknown as CompareCandidate
const group = {
  id: 'g',
  label: 'All workloads',
  recommended: 'a',
  candidates: []
} as unknown as CompareGroup

describe('column titles', () => {
  it('one title per column in both languages, with the currency filled', () => {
    for (const column of COMPARISON_COLUMNS) {
      expect(messages.en.compare.columns, column).toHaveProperty([column])
      expect(messages['zh-CN'].compare.columns, column).toHaveProperty([column])
      expect(columnTitle(column, 'en', 'EUR')).not.toContain('{currency}')
    }
  })

  it('the days column is titled in the duration unit the numbers are shown in', () => {
    expect(numericColumnTitle('days', 'en', 'CNY', 'hours')).toBe(
      translate('en', 'compare.columns.daysIn', { unit: messages.en.planner.durationUnits.hours })
    )
    expect(numericColumnTitle('capex', 'en', 'CNY')).toBe(columnTitle('capex', 'en', 'CNY'))
  })
})

describe('cells', () => {
  it('split as tensor×pipeline×expert, or null', () => {
    expect(splitText(candidate({ split: { tensor: 8, pipeline: 2, expert: 1 } }))).toBe('8×2×1')
    expect(splitText(candidate())).toBeNull()
  })

  it('cellText: null is a dash; money and TTFT whole; TPOT and kW to one decimal', () => {
    expect(cellText('capex', null, 'en')).toBe('—')
    expect(cellText('capex', 1_234_567.8, 'en')).toBe('1,234,568')
    expect(cellText('ttft', 123.4, 'en')).toBe('123')
    expect(cellText('tpot', 25.25, 'en')).toBe('25.3')
    expect(cellText('itKW', 10.26, 'en')).toBe('10.3')
    expect(cellText('reasons', 'as written', 'zh-CN')).toBe('as written')
  })

  it('days are shown as a duration in the reader’s language', () => {
    expect(cellText('days', 0.25, 'zh-CN')).toBe(formatDuration(0.25, 'zh-CN'))
  })

  it('a row: the Chinese name under zh-CN, recommended when the group says so', () => {
    const row = candidateRow(candidate(), group, 'zh-CN')
    expect(row.cells.candidate).toBe('甲卡')
    expect(row.recommended).toBe(true)
    expect(row.cells.feasible).toBe(translate('zh-CN', 'compare.ui.yes'))
    expect(candidateRow(candidate({ acceleratorId: 'b' }), group, 'en').recommended).toBe(false)
  })

  it('feasible without a price says "price needed"; infeasible says no', () => {
    expect(candidateRow(candidate({ priceNeeded: true }), group, 'en').cells.feasible).toBe(
      translate('en', 'compare.ui.priceNeeded')
    )
    expect(candidateRow(candidate({ feasible: false }), group, 'en').cells.feasible).toBe(
      translate('en', 'compare.ui.no')
    )
  })

  it('availability: status, date and whether the planner overrode it', () => {
    const a = { status: 'restricted', date: '2023-10', overridden: true }
    expect(candidateRow(candidate({ availability: a }), group, 'en').cells.availability).toBe(
      `${translate('en', 'compare.statuses.restricted')} 2023-10 (${translate('en', 'compare.ui.overridden')})`
    )
  })

  it('reasons: failures then cautions, joined; a catalogued note is translated', () => {
    const note = Object.values(messages.en.availabilityNotes)[0]
    const c = candidate({
      failures: [{ key: 'compare.cautions.note', params: { note } }],
      cautions: [{ key: 'compare.cautions.note', params: { note: 'typed by hand' } }]
    })
    expect(reasonsText(c, 'zh-CN')).toBe(
      [
        translate('zh-CN', 'compare.cautions.note', {
          note: Object.values(messages['zh-CN'].availabilityNotes)[0]
        }),
        translate('zh-CN', 'compare.cautions.note', { note: 'typed by hand' })
      ].join('; ')
    )
  })
})

describe('rankedOrder', () => {
  it('ranked by TCO, then feasible, then evaluable, then excluded, then not evaluable', () => {
    const order = rankedOrder([
      candidate({ acceleratorId: 'none', ranked: false, feasible: false, evaluable: false }),
      candidate({ acceleratorId: 'excluded', ranked: false, feasible: false, excluded: true }),
      candidate({ acceleratorId: 'infeasible', ranked: false, feasible: false }),
      candidate({ acceleratorId: 'unpriced', ranked: false, tco: null }),
      candidate({ acceleratorId: 'dear', tco: 3 }),
      candidate({ acceleratorId: 'cheap', tco: 1 })
    ]).map((c) => c.acceleratorId)
    expect(order).toEqual(['cheap', 'dear', 'unpriced', 'infeasible', 'excluded', 'none'])
  })

  it('does not reorder its input', () => {
    const input = [
      candidate({ acceleratorId: 'x', tco: 2 }),
      candidate({ acceleratorId: 'y', tco: 1 })
    ]
    rankedOrder(input)
    expect(input.map((c) => c.acceleratorId)).toEqual(['x', 'y'])
  })
})
