/**
 * The CLI table when the bill of materials holds lines without a price (issue 15): capex and
 * TCO are marked partial and a line says how many lines, in which categories, are left out —
 * in the table's language. Before, a 256-GPU plan printed its capex with no word of the 22
 * unpriced network, storage and rack lines.
 */
import { describe, expect, it } from 'vitest'
import { renderTable } from '../../../src/main/cli/commands/estimate'
import { withUnpriced } from '../../support/unpriced-bom'

describe('CLI table: lines that need a price', () => {
  it('English: counts the lines and names their categories; capex reads partial', () => {
    const result = withUnpriced(['network', 'storage'])
    const n = result.totals!.bom!.priceMissingLines
    const table = renderTable(result, 'en')
    expect(table).toContain(
      `Price needed: ${n} line(s) of the bill of materials (Network, Storage)`
    )
    expect(table).toMatch(/CNY \(partial\)/)
  })

  it('Chinese and both: each language its own separator', () => {
    const result = withUnpriced(['network', 'facility'])
    expect(renderTable(result, 'zh-CN')).toContain('（网络、机柜与供电）没有价格')
    const both = renderTable(result, 'both')
    expect(both).toContain('(Network, Racks and power)')
    expect(both).toContain('（网络、机柜与供电）')
  })

  it('says nothing when every line has a price', () => {
    expect(renderTable(withUnpriced([]), 'en')).not.toContain('Price needed')
  })
})
