/**
 * The parts of an .xlsx package the importer reads besides the sheets: which sheets there
 * are (workbook.xml: names, order, hidden state, the 1904 date system) and where their parts
 * are (the workbook's relationships), and the shared strings. Entries are inflated from the
 * archive bytes the workbook guard has already vetted, never beyond their declared size.
 */
import { createInflateRaw } from 'node:zlib'
import { TOKEN, XmlReadError, XmlTokens, decodeText, literalText } from './xml-bytes'
import { asUtf8 } from './utf16'
import { cleanCellText } from './cell-text'
import { entryData, type ZipEntry } from './zip-directory'

const { OPEN, CLOSE, EMPTY, TEXT } = TOKEN

export interface WorkbookSheet {
  name: string
  hidden: boolean
  /** The sheet's part (canonical name, see `canonicalPart`), e.g. `xl/worksheets/sheet1.xml`. */
  part: string
}

export interface WorkbookInfo {
  /** Worksheets in the workbook's order (chart sheets and the like are left out: no cells). */
  sheets: WorkbookSheet[]
  date1904: boolean
  /** The shared strings part, when the workbook has one. */
  sharedStrings?: string
  /** The workbook part itself (canonical name); undefined when the package has none. */
  part?: string
  /** The styles part (number formats), when the workbook has one. */
  styles?: string
}

/** Where the package says its main part is; `xl/workbook.xml` when it does not say. */
const ROOT_RELS = '_rels/.rels'
const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml'
const DEFAULT_SHARED_STRINGS = 'sharedStrings.xml'
/** Inflated chunk size: large chunks keep the per-chunk cost (and async turns) down. */
const CHUNK_BYTES = 256 * 1024
/** Bytes an entry may inflate beyond its declared size (some writers round); the guard allows the same. */
export const SIZE_SLACK = 1024
const METHOD_STORED = 0

/**
 * The archive's entries by canonical name. Part names are case-insensitive in OPC (Excel opens
 * `XL/SharedStrings.xml`), and some writers store `xl\worksheets\sheet1.xml` with Windows
 * separators: both are looked up through `canonicalPart`.
 */
export type PackageEntries = ReadonlyMap<string, ZipEntry>

export function canonicalPart(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase()
}

export function packageEntries(entries: readonly ZipEntry[]): Map<string, ZipEntry> {
  const map = new Map<string, ZipEntry>()
  // The first of two entries differing only in case wins, as the central directory lists them.
  for (const entry of entries) {
    const key = canonicalPart(entry.name)
    if (!map.has(key)) map.set(key, entry)
  }
  return map
}

/** An entry's bytes, inflated chunk by chunk, as UTF-8. */
export function entryChunks(bytes: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  return asUtf8(rawEntryChunks(bytes, entry))
}

async function* rawEntryChunks(bytes: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = entryData(bytes, entry)
  if (!data) throw new XmlReadError(`${entry.name} is cut short`)
  if (entry.method === METHOD_STORED) {
    for (let at = 0; at < data.length; at += CHUNK_BYTES)
      yield data.subarray(at, Math.min(data.length, at + CHUNK_BYTES))
    return
  }
  const limit = entry.uncompressedSize + SIZE_SLACK
  const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES })
  inflater.end(data)
  let total = 0
  for await (const chunk of inflater as AsyncIterable<Buffer>) {
    total += chunk.length
    if (total > limit) {
      inflater.destroy()
      throw new XmlReadError(`${entry.name} inflates beyond its declared size`)
    }
    yield chunk
  }
}

async function entryBytes(bytes: Buffer, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of entryChunks(bytes, entry)) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/** `worksheets/sheet1.xml` relative to `xl/`, or `/xl/…` from the package root. */
export function resolvePart(base: string, target: string): string {
  const cleaned = target.replace(/\\/g, '/')
  const path = cleaned.startsWith('/') ? cleaned.slice(1) : base + cleaned
  const parts: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.' && segment !== '') parts.push(segment)
  }
  return parts.join('/')
}

interface Relationship {
  type: string
  target: string
}

/** `xl/workbook.xml` → `xl/`; `book.xml` → ``. */
function folderOf(part: string): string {
  const slash = part.lastIndexOf('/')
  return slash < 0 ? '' : part.slice(0, slash + 1)
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels` (the part's relationships). */
function relsOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`
}

/** A part's relationships by id, targets resolved against the part's folder (canonical names). */
async function readRelationships(
  bytes: Buffer,
  entries: PackageEntries,
  relsPart: string,
  base: string
): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>()
  const entry = entries.get(canonicalPart(relsPart))
  if (!entry) return relationships
  const tokens = new XmlTokens()
  tokens.push(await entryBytes(bytes, entry))
  while (tokens.next(true)) {
    if ((tokens.kind !== OPEN && tokens.kind !== EMPTY) || !tokens.nameIs('Relationship')) continue
    const id = tokens.attributeText('Id')
    const target = tokens.attributeText('Target')
    if (id === undefined || target === undefined) continue
    if (tokens.attributeText('TargetMode') === 'External') continue
    relationships.set(id, {
      type: tokens.attributeText('Type') ?? '',
      target: canonicalPart(resolvePart(base, target))
    })
  }
  return relationships
}

/**
 * The workbook's main part: the package's `officeDocument` relationship (`_rels/.rels`), as
 * Excel finds it, so a workbook stored elsewhere than `xl/workbook.xml` is read; a package
 * without usable root relationships falls back to the usual place. Undefined: not a workbook.
 */
export async function findWorkbookPart(
  bytes: Buffer,
  entries: PackageEntries
): Promise<string | undefined> {
  const root = await readRelationships(bytes, entries, ROOT_RELS, '')
  for (const relationship of root.values()) {
    if (relationship.type.endsWith('/officeDocument') && entries.has(relationship.target))
      return relationship.target
  }
  return entries.has(DEFAULT_WORKBOOK_PART) ? DEFAULT_WORKBOOK_PART : undefined
}

export async function readWorkbook(bytes: Buffer, entries: PackageEntries): Promise<WorkbookInfo> {
  const info: WorkbookInfo = { sheets: [], date1904: false }
  const workbookPart = await findWorkbookPart(bytes, entries)
  if (workbookPart === undefined) return info
  info.part = workbookPart
  const base = folderOf(workbookPart)
  const relationships = await readRelationships(bytes, entries, relsOf(workbookPart), base)
  const workbook = entries.get(workbookPart)
  if (!workbook) return info
  const tokens = new XmlTokens()
  tokens.push(await entryBytes(bytes, workbook))
  while (tokens.next(true)) {
    if (tokens.kind !== OPEN && tokens.kind !== EMPTY) continue
    if (tokens.nameIs('workbookPr')) {
      // Excel 2013+ adds `<x15:workbookPr chartTrackingRefBase="1"/>` (and x14 variants) after
      // the main one: only an element that states date1904 sets it, or 1904 dates were lost.
      const date1904 = tokens.attributeText('date1904')
      if (date1904 !== undefined) info.date1904 = date1904 === '1' || date1904 === 'true'
    } else if (tokens.nameIs('sheet')) {
      const relationship = relationships.get(tokens.attributeText('id') ?? '')
      // Chart sheets, dialog and macro sheets have no cells to import.
      if (!relationship || !relationship.type.endsWith('/worksheet')) continue
      if (!entries.has(relationship.target)) continue
      const state = tokens.attributeText('state')
      info.sheets.push({
        name: tokens.attributeText('name') ?? `Sheet${info.sheets.length + 1}`,
        hidden: state === 'hidden' || state === 'veryHidden',
        part: relationship.target
      })
    }
  }
  const sharedStrings = [...relationships.values()].find((relationship) =>
    relationship.type.endsWith('/sharedStrings')
  )?.target
  const fallback = canonicalPart(base + DEFAULT_SHARED_STRINGS)
  if (sharedStrings !== undefined && entries.has(sharedStrings)) info.sharedStrings = sharedStrings
  else if (entries.has(fallback)) info.sharedStrings = fallback
  const styles = [...relationships.values()].find((relationship) =>
    relationship.type.endsWith('/styles')
  )?.target
  if (styles !== undefined && entries.has(styles)) info.styles = styles
  return info
}

/**
 * The shared strings, in order. Rich text runs are joined; phonetic runs (`<rPh>`, the
 * furigana Japanese files carry) are not part of the text.
 */
export async function readSharedStrings(bytes: Buffer, entry: ZipEntry): Promise<string[]> {
  const strings: string[] = []
  const tokens = new XmlTokens()
  let inItem = false
  let phoneticDepth = 0
  let inText = false
  let text = ''
  const read = (final: boolean): void => {
    while (tokens.next(final)) {
      const kind = tokens.kind
      if (kind === TEXT) {
        if (inText && phoneticDepth === 0) {
          text += tokens.cdata
            ? literalText(tokens.buffer, tokens.textStart, tokens.textEnd)
            : decodeText(tokens.buffer, tokens.textStart, tokens.textEnd)
        }
      } else if (kind === OPEN) {
        if (tokens.nameIs('si')) {
          inItem = true
          text = ''
        } else if (tokens.nameIs('t')) inText = inItem
        else if (tokens.nameIs('rPh')) phoneticDepth++
      } else if (kind === CLOSE) {
        if (tokens.nameIs('t')) inText = false
        else if (tokens.nameIs('rPh')) phoneticDepth = Math.max(0, phoneticDepth - 1)
        else if (tokens.nameIs('si')) {
          strings.push(cleanCellText(text))
          inItem = false
        }
      } else if (kind === EMPTY && tokens.nameIs('si')) {
        strings.push('')
      }
    }
  }
  for await (const chunk of entryChunks(bytes, entry)) {
    tokens.push(chunk)
    read(false)
  }
  read(true)
  return strings
}

/**
 * Built-in number formats that show a date (ECMA-376 18.8.30, with the CJK locales' 27–31,
 * 36, 50–54, 57–58). Times of day (18–21, 45–47, 32–35, 55–56) are not dates: a time cell
 * stays its fraction of a day.
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58
])

/** A custom format code shows a date when, outside quoted text, escapes and brackets, it has d or y. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
  // Only the first section (positive numbers) decides.
  const first = bare.split(';')[0]
  return /[dy]/i.test(first) && !/^general$/i.test(first.trim())
}

/**
 * Which cell styles show a date: one byte per `cellXfs` entry (the `s` of a cell), 1 for a
 * date format. Cells styled so are read as dates, not as their serial numbers.
 */
export async function readStyles(bytes: Buffer, entry: ZipEntry): Promise<Uint8Array> {
  const tokens = new XmlTokens()
  tokens.push(await entryBytes(bytes, entry))
  const customDates = new Set<number>()
  const styles: number[] = []
  let inCellXfs = false
  while (tokens.next(true)) {
    const kind = tokens.kind
    if (kind === OPEN || kind === EMPTY) {
      if (tokens.nameIs('numFmt')) {
        const id = Number(tokens.attributeText('numFmtId'))
        if (Number.isInteger(id) && isDateFormat(tokens.attributeText('formatCode') ?? ''))
          customDates.add(id)
      } else if (tokens.nameIs('cellXfs')) {
        inCellXfs = kind === OPEN
      } else if (inCellXfs && tokens.nameIs('xf')) {
        const id = Number(tokens.attributeText('numFmtId') ?? 0)
        styles.push(BUILT_IN_DATE_FORMATS.has(id) || customDates.has(id) ? 1 : 0)
      }
    } else if (kind === CLOSE && tokens.nameIs('cellXfs')) {
      inCellXfs = false
    }
  }
  return Uint8Array.from(styles)
}
