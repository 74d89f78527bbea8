/**
 * Issue 17's importer attack classes as fuzz generators: long cells and headers (the patterns
 * that went quadratic), giant XML tokens, merge floods, noncharacters, malformed indexes and
 * row numbers, and workbooks written the ways other writers write them (UTF-16 parts, prefixed
 * elements, backslash and mixed-case part names). Sizes are drawn up to the worst cases of the
 * review, kept inside the fuzz runner's 10 s and 1 GB per input.
 */
import iconv from 'iconv-lite'
import { int, pick, type Random } from '../random'
import {
  cellXml,
  columnName,
  escapeXml,
  sharedStringsXml,
  sheetXml,
  xlsxPackage,
  type RawCell
} from '../xlsx'
import type { FileInput } from './spreadsheets'

const HEADER = ['Model', 'Vendor', 'Memory (GB)', 'FP16 TFLOPS', 'Price']

function longText(random: Random, length: number): string {
  return pick(random, [
    () => ' '.repeat(length) + 'sparse',
    () => '('.repeat(length),
    () => '（'.repeat(length) + 'x',
    () => `1${' '.repeat(length)}(with sparsity`,
    () => '1,'.repeat(length / 2),
    () => '~'.repeat(length) + '80'
  ])()
}

function row(cells: string[]): string {
  return cells
    .map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(',')
}

const NONCHARACTERS = ['\uFFFE', '\uFFFF', '\uFDD0', '\uFDEF', '\u{1FFFE}', '\u{10FFFF}']

export const READER_ATTACKS: Record<string, (random: Random) => FileInput> = {
  'csv-long-cells-and-headers': (random) => {
    const length = pick(random, [1_000, 100_000, 1_000_000])
    const header = [...HEADER]
    if (random() < 0.5) header[int(random, 0, header.length - 1)] = longText(random, length)
    const body = ['A100', 'NVIDIA', '80GB', '312', '$10,000']
    body[int(random, 1, body.length - 1)] = longText(random, length)
    return {
      kind: 'csv-long-cells-and-headers',
      fileName: 'long.csv',
      bytes: Buffer.from(`${row(header)}\n${row(body)}\n`)
    }
  },

  'xlsx-giant-token': (random) => {
    const size = pick(random, [500_000, 3_000_000, 40_000_000])
    const big = 'a'.repeat(size)
    const where = int(random, 0, 3)
    const sheet = sheetXml(
      [HEADER.map((text) => ({ text })), [{ shared: '0' }, { text: 'NVIDIA' }, { number: '80' }]],
      {
        prolog: where === 1 ? `<!--${big}-->` : '',
        merge: where === 2 ? `<ext uri="${big}"/>` : ''
      }
    )
    const shared = sharedStringsXml([where === 0 ? big : 'A100', where === 3 ? big : 'x'])
    return { kind: 'xlsx-giant-token', fileName: 'token.xlsx', bytes: xlsxPackage(sheet, shared) }
  },

  'xlsx-merge-flood': (random) => {
    const rows = int(random, 10, 3000)
    const merges = int(random, 100, 30_000)
    const table: RawCell[][] = [HEADER.map((text) => ({ text }))]
    for (let r = 0; r < rows; r++)
      table.push([{ text: `GPU ${r}` }, { text: 'NVIDIA' }, { number: '80' }])
    const prefix = random() < 0.3 ? 'x:' : ''
    const ranges: string[] = []
    for (let m = 0; m < merges; m++) {
      const top = int(random, 1, rows)
      const left = int(random, 1, 5)
      ranges.push(
        `<${prefix}mergeCell ref="${columnName(left - 1)}${top}:${columnName(left + int(random, 0, 3) - 1)}${top + int(random, 0, rows)}"/>`
      )
    }
    const block = `<mergeCells count="${merges}">${ranges.join('')}</mergeCells>`
    const elsewhere = random() < 0.3
    const sheet = sheetXml(table, { merge: elsewhere ? '' : block })
    const extra = elsewhere ? [{ name: 'xl/custom.xml', data: Buffer.from(`<a>${block}</a>`) }] : []
    return {
      kind: 'xlsx-merge-flood',
      fileName: 'merges.xlsx',
      bytes: xlsxPackage(sheet, sharedStringsXml([]), extra)
    }
  },

  noncharacters: (random) => {
    const mark = pick(random, NONCHARACTERS)
    const name = `A100${mark}80GB`
    if (random() < 0.5)
      return {
        kind: 'noncharacters',
        fileName: 'nonchar.csv',
        bytes: Buffer.from(`${row(HEADER)}\n${row([name, `NVIDIA${mark}`, '80', '312', '1'])}\n`)
      }
    // U+FFFE/U+FFFF are not XML characters: as raw UTF-8 they make the part unreadable.
    const sheet = sheetXml([HEADER.map((text) => ({ text })), [{ text: name }, { shared: '0' }]])
    return {
      kind: 'noncharacters',
      fileName: 'nonchar.xlsx',
      bytes: xlsxPackage(sheet, sharedStringsXml([`Vendor${mark}`]))
    }
  },

  'xlsx-malformed-references': (random) => {
    const index = pick(random, ['1e0', '-1', '1.5', ' 1', '99999999999', '4294967297', '0x1', ''])
    const rowNumber = pick(random, ['2', '1048576', '1048577', '4294967297', '0', '-3', 'x'])
    const header = `<row r="1">${HEADER.map((text, c) => cellXml(`${columnName(c)}1`, { text })).join('')}</row>`
    const body = `<row r="${rowNumber}"><c r="A${rowNumber}" t="s"><v>0</v></c><c r="E${rowNumber}" t="s"><v>${escapeXml(index)}</v></c></row>`
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${header}${body}</sheetData></worksheet>`
    return {
      kind: 'xlsx-malformed-references',
      fileName: 'references.xlsx',
      bytes: xlsxPackage(sheet, sharedStringsXml(['A100', '80']))
    }
  },

  'xlsx-other-writers': (random) => {
    const table: RawCell[][] = [
      HEADER.map((text) => ({ text })),
      [{ text: 'MI300X_x000D_' }, { text: 'AMD' }, { number: '192' }]
    ]
    let sheet = sheetXml(table, { merge: '<mergeCells><mergeCell ref="B2:B3"/></mergeCells>' })
    if (random() < 0.5)
      sheet = sheet
        .replace(/<(\/?)([a-zA-Z])/g, '<$1x:$2')
        .replace('<x:?xml', '<?xml')
        .replace('xmlns=', 'xmlns:x=')
    const encoded =
      random() < 0.5
        ? Buffer.from(sheet, 'utf8')
        : Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sheet, 'utf-16le')])
    const rename = pick(random, [
      (name: string) => name,
      (name: string) => name.replace(/\//g, '\\'),
      (name: string) => name.toUpperCase()
    ])
    return {
      kind: 'xlsx-other-writers',
      fileName: 'writers.xlsx',
      bytes: xlsxPackage(encoded, sharedStringsXml([]), [], rename)
    }
  }
}
