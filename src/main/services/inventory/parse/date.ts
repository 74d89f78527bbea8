/**
 * Price dates as ISO strings (yyyy-mm-dd, or yyyy-mm when no day is given). Accepts real
 * date cells, Excel serial numbers (the streaming reader does not load number formats, so a
 * date cell arrives as its serial), and the usual written forms incl. 2024年5月1日.
 */
import { foldWidth } from './measure'

const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30)
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1)
const DAY_MS = 86_400_000
/** Serials between 1954 and 2118: outside that a number is not a plausible price date. */
const SERIAL_MIN = 20_000
const SERIAL_MAX = 80_000

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null
  }
  return `${year}-${pad(month)}-${pad(day)}`
}

export function excelSerialToIso(serial: number, date1904: boolean): string | null {
  if (!(serial >= SERIAL_MIN && serial <= SERIAL_MAX)) return null
  // The day of a date-time: its whole part (rounding took 18:00 to the next day); the
  // epsilon keeps a whole day computed with float noise just below it (…99999999) that day.
  const day = Math.floor(serial + 1e-9)
  const ms = (date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900) + day * DAY_MS
  return new Date(ms).toISOString().slice(0, 10)
}

export function parseDateText(raw: string): string | null {
  const text = foldWidth(raw)
  let match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(text)
  if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]))
  match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text)
  if (match) {
    const month = Number(match[2])
    return month >= 1 && month <= 12 ? `${match[1]}-${pad(month)}` : null
  }
  match = /^(\d{4})\s*年?$/.exec(text)
  if (match) return match[1]
  return null
}

export function dateToIso(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}
