/**
 * The parts of an .xlsx package the importer reads besides the sheets: which sheets there
 * are (workbook.xml: names, order, hidden state, the 1904 date system) and where their parts
 * are (the workbook's relationships), and the shared strings. Entries are inflated from the
 * archive bytes the workbook guard has already vetted, never beyond their declared size.
 */
import { createInflateRaw } from 'node:zlib'
import { TOKEN, XmlReadError, XmlTokens, decodeText, literalText } from './xml-bytes'
import { SIZE_SLACK } from './workbook-guard'
import { entryData, type ZipEntry } from './zip-directory'

const { OPEN, CLOSE, EMPTY, TEXT } = TOKEN

export interface WorkbookSheet {
  name: string
  hidden: boolean
  /** The sheet's part in the archive, e.g. `xl/worksheets/sheet1.xml`. */
  part: string
}

export interface WorkbookInfo {
  /** Worksheets in the workbook's order (chart sheets and the like are left out: no cells). */
  sheets: WorkbookSheet[]
  date1904: boolean
  /** The shared strings part, when the workbook has one. */
  sharedStrings?: string
}

const WORKBOOK_PART = 'xl/workbook.xml'
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels'
const DEFAULT_SHARED_STRINGS = 'xl/sharedStrings.xml'
/** Inflated chunk size: large chunks keep the per-chunk cost (and async turns) down. */
const CHUNK_BYTES = 256 * 1024
const METHOD_STORED = 0

/** An entry's bytes, inflated chunk by chunk. */
export async function* entryChunks(bytes: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
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
  const path = target.startsWith('/') ? target.slice(1) : base + target
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

async function readRelationships(
  bytes: Buffer,
  entries: ReadonlyMap<string, ZipEntry>
): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>()
  const entry = entries.get(WORKBOOK_RELS)
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
      target: resolvePart('xl/', target)
    })
  }
  return relationships
}

export async function readWorkbook(
  bytes: Buffer,
  entries: ReadonlyMap<string, ZipEntry>
): Promise<WorkbookInfo> {
  const relationships = await readRelationships(bytes, entries)
  const info: WorkbookInfo = { sheets: [], date1904: false }
  const workbook = entries.get(WORKBOOK_PART)
  if (!workbook) return info
  const tokens = new XmlTokens()
  tokens.push(await entryBytes(bytes, workbook))
  while (tokens.next(true)) {
    if (tokens.kind !== OPEN && tokens.kind !== EMPTY) continue
    if (tokens.nameIs('workbookPr')) {
      const date1904 = tokens.attributeText('date1904')
      info.date1904 = date1904 === '1' || date1904 === 'true'
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
  if (sharedStrings !== undefined && entries.has(sharedStrings)) info.sharedStrings = sharedStrings
  else if (entries.has(DEFAULT_SHARED_STRINGS)) info.sharedStrings = DEFAULT_SHARED_STRINGS
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
          strings.push(text)
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
