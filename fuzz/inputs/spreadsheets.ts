/**
 * Hostile spreadsheet files for the inventory import service. Each generator makes one
 * file from a seeded random source; `spreadsheetInput(random)` picks a generator.
 */
import iconv from 'iconv-lite'
import { int, pick, type Random } from '../random'
import { sharedStringsXml, sheetXml, xlsxPackage, type RawCell } from '../xlsx'
import { zip } from '../zip'
import { READER_ATTACKS } from './reader-attacks'

export interface FileInput {
  kind: string
  fileName: string
  bytes: Buffer
}

const HEADERS = [
  ['型号', '厂商', '显存', '显存带宽', 'FP16', 'INT8', '功耗', '单价', '数量', '备注'],
  [
    'Model',
    'Vendor',
    'Memory',
    'Bandwidth',
    'FP16 TFLOPS',
    'INT8 TOPS',
    'TDP',
    'Price',
    'Qty',
    'Notes'
  ],
  ['GPU', 'vendor', 'VRAM (GB)', 'mem bw', 'BF16', 'FP8', 'Power (W)', 'Unit price', 'Stock', '']
]

const HOSTILE_VALUES = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1e308',
  '-1e308',
  '1e-320',
  '80GB',
  '80 GiB',
  '3.35 TB/s',
  '1,979 TOPS (sparse)',
  '¥250,000',
  'USD 30k',
  '25万',
  '８０ＧＢ',
  '=HYPERLINK("http://x","y")',
  '+cmd|/C calc',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1',
  '#N/A',
  '',
  ' ',
  '\u0000',
  '\uFFFD\uFFFE',
  '🚀'.repeat(50),
  'A'.repeat(40_000),
  '"unbalanced',
  'a,b;c\td',
  'line\nbreak',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  'NVIDIA A100-SXM4-80GB',
  'Ascend 910B'
]

function hostileValue(random: Random): string {
  return random() < 0.7
    ? pick(random, HOSTILE_VALUES)
    : String((random() - 0.3) * 10 ** int(random, -5, 12))
}

function table(random: Random, rows: number): string[][] {
  const header = pick(random, HEADERS).slice(0, int(random, 1, 10))
  const out = [header]
  for (let r = 0; r < rows; r++) out.push(header.map(() => hostileValue(random)))
  if (random() < 0.3) out.unshift(['Hardware list 2026', ''], [])
  return out
}

function csvText(random: Random, rows: string[][]): string {
  const delimiter = pick(random, [',', ';', '\t', '|'])
  const quote = (value: string) => (random() < 0.5 ? `"${value.replace(/"/g, '""')}"` : value)
  return rows.map((row) => row.map(quote).join(delimiter)).join(pick(random, ['\n', '\r\n', '\r']))
}

function asCell(random: Random, value: string): RawCell {
  const roll = random()
  if (roll < 0.15)
    return {
      formula: pick(random, ['1/0', 'A1*2', 'SUM(A:A)', 'INDIRECT("A1")', 'HYPERLINK("x")']),
      cached: random() < 0.5 ? value : undefined
    }
  if (roll < 0.2) return { error: pick(random, ['#N/A', '#REF!', '#DIV/0!', '#VALUE!']) }
  if (roll < 0.3 && /^-?[\d.e+]+$/i.test(value)) return { number: value }
  if (roll < 0.35) return { shared: String(int(random, -5, 100_000)) }
  return { text: value }
}

function validishXlsx(random: Random): Buffer {
  const rows = table(random, int(random, 0, 40)).map((row) =>
    row.map((value) => asCell(random, value))
  )
  return xlsxPackage(sheetXml(rows))
}

const GENERATORS: Record<string, (random: Random) => FileInput> = {
  'csv-hostile-values': (random) => ({
    kind: 'csv-hostile-values',
    fileName: pick(random, ['list.csv', 'list.tsv', '清单.csv']),
    bytes: Buffer.from(csvText(random, table(random, int(random, 0, 60))), 'utf8')
  }),
  'csv-encodings': (random) => {
    const text = csvText(random, table(random, int(random, 1, 20)))
    const encoded = pick(random, [
      () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      () => iconv.encode(text, 'gbk'),
      () => iconv.encode(text, 'gb18030'),
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      () =>
        Buffer.concat([
          iconv.encode(text.slice(0, text.length / 2), 'gbk'),
          Buffer.from(text.slice(text.length / 2), 'utf8')
        ]),
      () => Buffer.from([...Buffer.from(text, 'utf8')].map((b, i) => (i % 17 === 0 ? 0xc3 : b)))
    ])()
    return { kind: 'csv-encodings', fileName: 'inventory.csv', bytes: encoded }
  },
  'xlsx-hostile-cells': (random) => ({
    kind: 'xlsx-hostile-cells',
    fileName: 'inventory.xlsx',
    bytes: validishXlsx(random)
  }),
  'xlsx-truncated': (random) => {
    const bytes = validishXlsx(random)
    return {
      kind: 'xlsx-truncated',
      fileName: 'inventory.xlsx',
      bytes: bytes.subarray(0, int(random, 0, bytes.length - 1))
    }
  },
  'xlsx-corrupted': (random) => {
    const bytes = Buffer.from(validishXlsx(random))
    for (let i = int(random, 1, 40); i > 0; i--)
      bytes[int(random, 0, bytes.length - 1)] = int(random, 0, 255)
    return { kind: 'xlsx-corrupted', fileName: 'inventory.xlsx', bytes }
  },
  'xlsx-zip-bomb': (random) => {
    const lie = random() < 0.5
    const filler = Buffer.alloc(lie ? 1024 : int(random, 8, 40) * 1024 * 1024, 0x20)
    const sheet = Buffer.concat([
      Buffer.from(sheetXml([[{ text: 'Model' }]]).replace('</worksheet>', '')),
      filler,
      Buffer.from('</worksheet>')
    ])
    const bytes = xlsxPackage('', sharedStringsXml([]), [
      { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: lie ? 0xfffffff0 : undefined }
    ])
    return { kind: 'xlsx-zip-bomb', fileName: 'bomb.xlsx', bytes }
  },
  'xlsx-xml-attacks': (random) => {
    const attack = pick(random, [
      'billion-laughs',
      'deep-nesting',
      'huge-attribute',
      'external-entity'
    ])
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`
    if (attack === 'billion-laughs')
      return {
        kind: 'xlsx-xml-attacks',
        fileName: 'laughs.xlsx',
        bytes: xlsxPackage(
          sheetXml([[{ shared: '0' }]]),
          sharedStringsXml(['&lol9;'], laughs).replace('&amp;lol9;', '&lol9;')
        )
      }
    if (attack === 'external-entity')
      return {
        kind: 'xlsx-xml-attacks',
        fileName: 'xxe.xlsx',
        bytes: xlsxPackage(
          sheetXml([[{ text: 'x' }]], {
            prolog: '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
          }).replace('<t>x</t>', '<t>&x;</t>')
        )
      }
    if (attack === 'deep-nesting') {
      const depth = int(random, 1000, 50_000)
      const nested = `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`
      return {
        kind: 'xlsx-xml-attacks',
        fileName: 'deep.xlsx',
        bytes: xlsxPackage(
          sheetXml([[{ text: 'Model' }]]).replace('<sheetData>', `<sheetData>${nested}`)
        )
      }
    }
    return {
      kind: 'xlsx-xml-attacks',
      fileName: 'attr.xlsx',
      bytes: xlsxPackage(
        sheetXml([[{ text: 'Model' }]]).replace(
          '<row r="1"',
          `<row r="1" x="${'y'.repeat(int(random, 1e5, 2e6))}"`
        )
      )
    }
  },
  'xlsx-broken-structure': (random) => {
    const variant = pick(random, [
      'no-workbook',
      'no-sheet',
      'empty-zip',
      'sheet-not-xml',
      'wrong-refs'
    ])
    const bytes =
      variant === 'empty-zip'
        ? zip([])
        : variant === 'no-workbook'
          ? zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }])
          : variant === 'sheet-not-xml'
            ? xlsxPackage('this is not xml <<<< &&&')
            : variant === 'wrong-refs'
              ? xlsxPackage(
                  sheetXml([[{ text: 'Model' }], [{ text: 'A100' }]]).replace(
                    /r="A2"/,
                    'r="ZZZZZZ99999999"'
                  )
                )
              : xlsxPackage(sheetXml([]))
    return { kind: 'xlsx-broken-structure', fileName: 'broken.xlsx', bytes }
  },
  'not-a-spreadsheet': (random) => {
    const bytes = pick(random, [
      () => Buffer.alloc(0),
      () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]),
      () => Buffer.from('%PDF-1.7\n%âãÏÓ\n'),
      () => Buffer.from(Array.from({ length: int(random, 1, 4096) }, () => int(random, 0, 255))),
      () => Buffer.from('PK\u0003\u0004garbage')
    ])()
    return {
      kind: 'not-a-spreadsheet',
      fileName: pick(random, ['list.xlsx', 'list.xls', 'list.csv', 'list.ods', 'list']),
      bytes
    }
  },
  'wrong-extension': (random) => {
    const xlsx = random() < 0.5
    return {
      kind: 'wrong-extension',
      fileName: xlsx ? 'really-xlsx.csv' : 'really-csv.xlsx',
      bytes: xlsx ? validishXlsx(random) : Buffer.from(csvText(random, table(random, 5)))
    }
  }
}

// Issue 17's importer attack classes (long cells, giant tokens, merge floods, noncharacters…).
Object.assign(GENERATORS, READER_ATTACKS)

export const SPREADSHEET_KINDS = Object.keys(GENERATORS)

export function spreadsheetInput(
  random: Random,
  kind = pick(random, SPREADSHEET_KINDS)
): FileInput {
  return GENERATORS[kind](random)
}

/** One very large sheet (the "1M-row" case); generated once per run, not per input. */
export function millionRowCsv(rows = 1_000_000): FileInput {
  const lines = ['Model,Memory,FP16,Price,Qty']
  for (let i = 0; i < rows; i++) lines.push(`Card ${i},80GB,312,"$${1000 + (i % 997)}",${i % 9}`)
  return { kind: 'csv-million-rows', fileName: 'million.csv', bytes: Buffer.from(lines.join('\n')) }
}
