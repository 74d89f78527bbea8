/** Builds small .xlsx packages from raw sheet XML, so fuzzers control every byte of the XML. */
import { zip, type ZipEntry } from './zip'

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Inventory" sheetId="1" r:id="rId1"/></sheets></workbook>`
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c
  )
}

export function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** A cell as raw XML: inline string, number, formula (with or without cached value), error, or shared string index. */
export type RawCell =
  | { text: string }
  | { number: string }
  | { formula: string; cached?: string }
  | { error: string }
  | { shared: string }

export function cellXml(ref: string, cell: RawCell): string {
  if ('text' in cell)
    return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell.text)}</t></is></c>`
  if ('number' in cell) return `<c r="${ref}"><v>${escapeXml(cell.number)}</v></c>`
  if ('formula' in cell)
    return `<c r="${ref}"><f>${escapeXml(cell.formula)}</f>${cell.cached === undefined ? '' : `<v>${escapeXml(cell.cached)}</v>`}</c>`
  if ('error' in cell) return `<c r="${ref}" t="e"><v>${escapeXml(cell.error)}</v></c>`
  return `<c r="${ref}" t="s"><v>${escapeXml(cell.shared)}</v></c>`
}

export function sheetXml(rows: RawCell[][], { prolog = '', merge = '' } = {}): string {
  const body = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((cell, c) => cellXml(`${columnName(c)}${r + 1}`, cell)).join('')}</row>`
    )
    .join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData>${merge}</worksheet>`
}

export function sharedStringsXml(strings: string[], prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((s) => `<si><t>${escapeXml(s)}</t></si>`)
    .join('')}</sst>`
}

export function xlsxPackage(
  sheet: string | Buffer,
  sharedStrings: string | Buffer = sharedStringsXml([]),
  extra: ZipEntry[] = [],
  /** Renames every entry (backslash or mixed-case names, as some writers store them). */
  rename: (name: string) => string = (name) => name
): Buffer {
  const text = (name: string, body: string | Buffer): ZipEntry => ({
    name: rename(name),
    data: typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  })
  return zip([
    text('[Content_Types].xml', CONTENT_TYPES),
    text('_rels/.rels', ROOT_RELS),
    text('xl/workbook.xml', WORKBOOK),
    text('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    text('xl/worksheets/sheet1.xml', sheet),
    text('xl/sharedStrings.xml', sharedStrings),
    ...extra
  ])
}
