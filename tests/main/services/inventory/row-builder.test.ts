import { describe, expect, it } from 'vitest'
import type { ColumnField, ColumnMapping } from '../../../../src/shared/schema/inventory'
import {
  RowBuilder,
  taxIncludedFromHeader,
  type RowBuilderOptions
} from '../../../../src/main/services/inventory/row-builder'
import type { CellValue, RawRow } from '../../../../src/main/services/inventory/read/raw-row'

/** A mapping as header detection makes it: column `letter`, 1-based. */
function column(letter: string, field: ColumnField | null, header: string, unitHint?: string) {
  const mapping: ColumnMapping = {
    index: letter.charCodeAt(0) - 64,
    letter,
    header,
    field,
    confidence: field ? 1 : 0,
    source: field ? 'synonym' : 'none'
  }
  return unitHint ? { ...mapping, unitHint } : mapping
}

const COLUMNS = [
  column('A', 'name', '型号'),
  column('B', 'memoryGB', '显存'),
  column('C', 'price', '含税单价', '万元'),
  column('D', 'quantityOnHand', '库存'),
  column('E', null, '备用')
]

function builder(options: Partial<RowBuilderOptions> = {}): RowBuilder {
  return new RowBuilder({
    file: 'cards.xlsx',
    sheet: '清单',
    columns: COLUMNS,
    halveSparse: false,
    defaultCurrency: 'USD',
    date1904: false,
    ...options
  })
}

const row = (number: number, cells: CellValue[]): RawRow => ({ row: number, cells })

/** The issues of a built row as key names and where they point. */
function issues(built: ReturnType<RowBuilder['build']>) {
  return built.issues.map((issue) => ({
    name: issue.key.replace(/^inventory\.issue\./, ''),
    severity: issue.severity,
    at: issue.location
  }))
}

describe('RowBuilder.build', () => {
  it('builds an item in a fixed key order, the price scaled by its header and marked VAT-included', () => {
    const built = builder().build(row(5, ['H100 SXM', '80GB HBM3', '25', '8', 'ignored']))
    expect(built.outcome).toBe('accepted')
    expect(built.item).toEqual({
      kind: 'accelerator',
      name: 'H100 SXM',
      memoryType: 'HBM3',
      memoryGB: 80,
      price: { amount: 250_000, currency: 'CNY', taxIncluded: true },
      quantityOnHand: 8
    })
    // Columns are visited in one field order whatever the file's column order.
    expect(Object.keys(built.item!).filter((key) => key !== 'memoryType')).toEqual([
      'kind',
      'name',
      'memoryGB',
      'price',
      'quantityOnHand'
    ])
  })

  it('calls a row with accelerators per server a server, unless a kind column says otherwise', () => {
    const columns = [column('A', 'name', 'Model'), column('B', 'acceleratorsPerServer', 'GPUs')]
    expect(builder({ columns }).build(row(2, ['DGX H100', '8'])).item?.kind).toBe('server')
    const withKind = [...columns, column('C', 'kind', 'Type')]
    expect(
      builder({ columns: withKind }).build(row(2, ['DGX H100', '8', 'accelerator'])).item?.kind
    ).toBe('accelerator')
  })

  it('assumes the default currency for a bare price, with a warning on the price cell', () => {
    const columns = [column('A', 'name', 'Model'), column('B', 'price', 'Price')]
    const built = builder({ columns }).build(row(7, ['A100', '12000']))
    expect(built.outcome).toBe('accepted-with-warnings')
    expect(built.item?.price).toEqual({ amount: 12000, currency: 'USD' })
    expect(issues(built)).toEqual([
      {
        name: 'currencyAssumed',
        severity: 'warning',
        at: { file: 'cards.xlsx', sheet: '清单', row: 7, column: 'B', field: 'price' }
      }
    ])
  })

  it('takes the currency column for a bare price, and the price cell’s own currency over it', () => {
    const columns = [
      column('A', 'name', 'Model'),
      column('B', 'price', 'Price excl. VAT'),
      column('C', 'currency', 'Currency')
    ]
    const rows = builder({ columns })
    expect(rows.build(row(2, ['A100', '12000', 'EUR'])).item?.price).toEqual({
      amount: 12000,
      currency: 'EUR',
      taxIncluded: false
    })
    expect(rows.build(row(3, ['A100', '$12,000', 'EUR'])).item?.price?.currency).toBe('USD')
  })

  it('does not take the memory type from the size cell when a memory type column exists', () => {
    const columns = [...COLUMNS, column('F', 'memoryType', '显存类型')]
    const built = builder({ columns }).build(row(2, ['H100', '80GB HBM3', null, null, null, null]))
    expect(built.item?.memoryType).toBeUndefined()
  })

  it('keeps a row whose figure is bad, leaving that field out with a located warning', () => {
    const built = builder().build(row(9, ['H100', 'lots', '¥250,000', '8']))
    expect(built.outcome).toBe('accepted-with-warnings')
    expect(built.item).not.toHaveProperty('memoryGB')
    expect(issues(built)).toEqual([
      {
        name: 'notANumber',
        severity: 'warning',
        at: { file: 'cards.xlsx', sheet: '清单', row: 9, column: 'B', field: 'memoryGB' }
      }
    ])
  })

  it.each([
    ['no name', [null, '80GB', '25'], 'missingName', 'A'],
    ['one figure and no name (read as a note)', [null, '80GB'], 'noteRow', 'B'],
    ['a dash for a name', ['—', '80GB'], 'missingName', 'A'],
    ['an error in the name cell', [{ error: '#REF!' }, '80GB'], 'nameIsError', 'A'],
    ['a formula saved without its result', [{ formula: 'B2&C2' }, '80'], 'formulaNoResult', 'A'],
    ['a totals row without a name', [null, '合计', '1000'], 'totalsRow', 'A'],
    ['a totals row named Total', ['Grand total', null, '1000'], 'totalsRow', 'A'],
    ['the header repeated', ['型号', '显存', '含税单价'], 'repeatedHeader', 'A'],
    ['a note in the name column', ['注：价格含税', null, null], 'noteRow', 'A'],
    [
      'a note in another column',
      [null, null, null, null, 'Prices from 2024 quotes'],
      'noteRow',
      'E'
    ]
  ] as const)('rejects a row with %s, with one located error', (_what, cells, name, letter) => {
    const built = builder().build(row(12, [...cells]))
    expect(built.outcome).toBe('rejected')
    expect(built.item).toBeUndefined()
    expect(issues(built)).toHaveLength(1)
    expect(issues(built)[0]).toMatchObject({
      name,
      severity: 'error',
      at: { file: 'cards.xlsx', sheet: '清单', row: 12, column: letter }
    })
  })

  it('keeps a model whose name merely contains a totals word or starts like a note', () => {
    expect(builder().build(row(2, ['Total Compute X100', '80'])).outcome).not.toBe('rejected')
    expect(builder().build(row(2, ['Note 9 NPU', '16GB'])).outcome).not.toBe('rejected')
  })

  it('cuts a name over 300 characters, with the cell-length warning', () => {
    const built = builder().build(row(3, ['N'.repeat(400), '80']))
    expect(built.item?.name).toBe('N'.repeat(300))
    expect(issues(built).map((issue) => issue.name)).toEqual(['cellTooLong'])
  })

  it('replaces noncharacters in mapped cells when the source has them, warning per cell', () => {
    const rows = builder({ noncharacters: () => true })
    const built = rows.build(row(4, ['H100\uFFFE', '80', null, null, 'x\uFFFF']))
    expect(built.item?.name).toBe('H100\uFFFD')
    expect(built.issues.map((issue) => [issue.key, issue.location.column])).toEqual([
      ['importRead.issue.noncharacter', 'A']
    ])
  })

  it('turns the reader’s cell problems into warnings located to the cell', () => {
    const raw: RawRow = {
      row: 6,
      cells: ['H100', '80'],
      problems: [
        { column: 2, name: 'importRead.issue.badReference', params: { reference: 'B?' } },
        { column: 5, name: 'importRead.issue.badReference', params: { reference: 'E?' } }
      ]
    }
    const built = builder().build(raw)
    expect(built.issues.map((issue) => issue.location)).toEqual([
      { file: 'cards.xlsx', sheet: '清单', row: 6, column: 'B', field: 'memoryGB' },
      { file: 'cards.xlsx', sheet: '清单', row: 6, column: 'E' }
    ])
  })

  it('leaves the sheet out of locations in a CSV', () => {
    const built = builder({ sheet: undefined, file: 'cards.csv' }).build(row(2, [null, '80', '25']))
    expect(built.issues[0].location).toEqual({
      file: 'cards.csv',
      row: 2,
      column: 'A',
      field: 'name'
    })
  })
})

describe('RowBuilder.verdict', () => {
  it('gives the outcome, kind and name that build gives, for every kind of row', () => {
    const rows: CellValue[][] = [
      ['H100 SXM', '80GB HBM3', '25', '8'],
      ['A100', 'lots', '12000', '2'],
      [null, '80'],
      ['合计', null, '100'],
      ['型号', '显存'],
      ['L40S', '48', '$9,000', '2.5'],
      ['N'.repeat(301)]
    ]
    const check = builder()
    for (const [index, cells] of rows.entries()) {
      const raw = row(index + 2, cells)
      const built = check.build({ ...raw, cells: [...cells] })
      const verdict = check.verdict({ ...raw, cells: [...cells] })
      expect(verdict.outcome, String(cells[0])).toBe(built.outcome)
      if (verdict.outcome !== 'rejected') {
        expect(verdict.kind).toBe(built.item?.kind)
        expect(verdict.name).toBe(built.item?.name)
      }
    }
  })
})

describe('RowBuilder file-level facts', () => {
  it('says whether a name column is mapped, where names are, and locates a duplicate mapping', () => {
    const rows = builder()
    expect(rows.hasNameColumn).toBe(true)
    expect(rows.nameLocation(3)).toEqual({
      file: 'cards.xlsx',
      sheet: '清单',
      row: 3,
      column: 'A',
      field: 'name'
    })
    expect(builder({ columns: [column('A', 'memoryGB', 'GB')] }).hasNameColumn).toBe(false)
    const duplicate = rows.duplicateMappingIssue(column('F', 'memoryGB', 'VRAM'), 'memoryGB')
    expect(duplicate).toMatchObject({
      severity: 'warning',
      key: 'inventory.issue.duplicateMapping',
      location: { file: 'cards.xlsx', sheet: '清单', column: 'F', field: 'memoryGB' }
    })
  })

  it('sends its options as plain data, with what it learnt about noncharacters', () => {
    const settings = builder({ noncharacters: () => true }).settings()
    expect(settings.noncharacters).toBe(true)
    expect(JSON.parse(JSON.stringify(settings))).toEqual(settings)
  })
})

describe('taxIncludedFromHeader', () => {
  it.each([
    ['含税单价', true],
    ['单价（含增值税）', true],
    ['价税合计', true],
    ['Price incl. VAT', true],
    ['Unit price including tax', true],
    ['Gross price', true],
    ['不含税单价', false],
    ['未税价', false],
    ['税前价格', false],
    ['Price excl. VAT', false],
    ['Price (VAT excl.)', false],
    ['Net of tax', false],
    ['pre-tax price', false],
    ['Price w/o VAT', false],
    ['单价', undefined],
    ['Price', undefined]
  ])('%s → %s', (header, included) => {
    expect(taxIncludedFromHeader(header)).toBe(included)
  })
})
