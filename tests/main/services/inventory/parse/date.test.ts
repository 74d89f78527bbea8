import { describe, expect, it } from 'vitest'
import {
  dateToIso,
  excelSerialToIso,
  parseDateText
} from '../../../../../src/main/services/inventory/parse/date'

/** Serial of a UTC day in Excel's 1900 system: days since 1899-12-30 (Excel's leap-year bug folded in). */
function serial1900(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000
}

describe('excelSerialToIso', () => {
  it('reads 1900-system serials (2024-01-01 is serial 45292 in Excel)', () => {
    expect(serial1900(2024, 1, 1)).toBe(45292)
    expect(excelSerialToIso(45292, false)).toBe('2024-01-01')
    expect(excelSerialToIso(serial1900(2000, 2, 29), false)).toBe('2000-02-29')
  })

  it('reads 1904-system serials, 1462 days fewer for the same date', () => {
    expect(excelSerialToIso(45292 - 1462, true)).toBe('2024-01-01')
    // The same number means a different day in the other system.
    expect(excelSerialToIso(45292, true)).toBe('2028-01-02')
  })

  it('refuses numbers outside the plausible price-date window (1954–2118)', () => {
    expect(excelSerialToIso(19_999, false)).toBeNull()
    expect(excelSerialToIso(20_000, false)).toBe('1954-10-03')
    expect(excelSerialToIso(80_000, false)).toBe('2119-01-11')
    expect(excelSerialToIso(80_001, false)).toBeNull()
    // A price or a quantity typed into a date column is not a date.
    expect(excelSerialToIso(250_000, false)).toBeNull()
    expect(excelSerialToIso(8, false)).toBeNull()
  })

  it('refuses NaN, infinities and negatives', () => {
    expect(excelSerialToIso(Number.NaN, false)).toBeNull()
    expect(excelSerialToIso(Number.POSITIVE_INFINITY, false)).toBeNull()
    expect(excelSerialToIso(-45292, false)).toBeNull()
  })

  it('keeps the day of a date-time: 18:00 is still that day, not the next', () => {
    // 2024-05-01 18:00 is serial 45413.75 (0.75 of a day after midnight).
    expect(excelSerialToIso(serial1900(2024, 5, 1) + 0.75, false)).toBe('2024-05-01')
    expect(excelSerialToIso(serial1900(2024, 5, 1) + 0.25, false)).toBe('2024-05-01')
    expect(excelSerialToIso(serial1900(2024, 5, 1) + 0.999988, false)).toBe('2024-05-01')
    // A whole day computed with float noise below the integer is still that whole day.
    expect(excelSerialToIso(serial1900(2024, 5, 2) - 1e-11, false)).toBe('2024-05-02')
  })
})

describe('parseDateText', () => {
  it.each([
    ['2024-05-01', '2024-05-01'],
    ['2024/5/1', '2024-05-01'],
    ['2024.5.1', '2024-05-01'],
    ['2024 / 5 / 1', '2024-05-01'],
    ['2024年5月1日', '2024-05-01'],
    ['2024年05月01', '2024-05-01'],
    ['２０２４－０５－０１', '2024-05-01'],
    ['  2024-05-01  ', '2024-05-01'],
    ['2024-05-01 18:30', '2024-05-01'],
    ['2024-05-01T18:30:00Z', '2024-05-01'],
    ['2024-2-29', '2024-02-29'],
    ['2024-5', '2024-05'],
    ['2024年5月', '2024-05'],
    ['2024/12', '2024-12'],
    ['2024', '2024'],
    ['2024年', '2024']
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso)
  })

  it.each([
    ['2023-02-29', 'no 29 February in 2023'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'month 13'],
    ['2024-00-10', 'month 0'],
    ['2024-05-00', 'day 0'],
    ['2024-13', 'month 13 without a day'],
    ['2024-0', 'month 0 without a day'],
    ['24-05-01', 'two-digit year'],
    ['01/05/2024', 'day first'],
    ['2024-05-01x', 'trailing junk'],
    ['May 2024', 'month names'],
    ['', 'empty'],
    ['-', 'a dash']
  ])('%s → null (%s)', (text) => {
    expect(parseDateText(text)).toBeNull()
  })
})

describe('dateToIso', () => {
  it('gives the UTC day of a date cell and null for an invalid date', () => {
    expect(dateToIso(new Date(Date.UTC(2024, 4, 1)))).toBe('2024-05-01')
    expect(dateToIso(new Date(Date.UTC(2024, 4, 1, 23, 59)))).toBe('2024-05-01')
    expect(dateToIso(new Date('not a date'))).toBeNull()
  })
})
