import { describe, expect, it } from 'vitest'
import { columnLetter, RowList } from '../../../../../src/main/services/quote/workbook/spec'

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    // Excel's last column.
    [16_384, 'XFD']
  ])('%d → %s', (column, letters) => {
    expect(columnLetter(column)).toBe(letters)
  })

  it('is bijective over the first 2,000 columns (base-26 without a zero)', () => {
    const seen = new Set<string>()
    for (let column = 1; column <= 2_000; column++) {
      const letters = columnLetter(column)
      const back = [...letters].reduce((value, char) => value * 26 + char.charCodeAt(0) - 64, 0)
      expect(back).toBe(column)
      seen.add(letters)
    }
    expect(seen.size).toBe(2_000)
  })
})

describe('RowList', () => {
  it('numbers rows from 1 as they are added, blanks included', () => {
    const rows = new RowList()
    expect(rows.nextRow).toBe(1)
    expect(rows.add([{ text: 'title' }], 'title')).toBe(1)
    rows.blank()
    expect(rows.add([{ number: 2 }])).toBe(3)
    expect(rows.length).toBe(3)
    expect(rows.nextRow).toBe(4)
    expect(rows.at(0)).toEqual({ cells: [{ text: 'title' }], style: 'title' })
    expect(rows.at(1)).toEqual({ cells: [] })
    expect(rows.at(2)).toEqual({ cells: [{ number: 2 }] })
    expect(rows.at(3)).toBeUndefined()
  })

  it('builds a later row only when it is read, with its own row number, each time afresh', () => {
    const rows = new RowList()
    rows.add([{ text: 'header' }])
    let built = 0
    const number = rows.addLater((row) => {
      built++
      return [{ formula: `B${row}*2`, result: 4 }]
    })
    expect(number).toBe(2)
    expect(built).toBe(0)
    expect(rows.at(1)).toEqual({ cells: [{ formula: 'B2*2', result: 4 }] })
    rows.at(1)
    expect(built).toBe(2)
  })
})
