/**
 * Vets an .xlsx before its parts are read. A reader would follow whatever the archive says, so
 * this checks, in order: the central directory is intact (truncation), the archive is an
 * OOXML workbook (not .ods/.xlsb/.docx), declared sizes stay under the cap, and the bytes
 * really inflate to no more than declared (a forged size cannot smuggle a bomb through).
 * The same inflate pass picks up `<mergeCell>` ranges (they follow the rows in the sheet XML,
 * so the row reader needs them first), so merged header and data cells can be filled in.
 */
import { crc32, createInflateRaw } from 'node:zlib'
import { LIMITS } from '../limits'
import { fail } from '../issues'
import {
  SIZE_SLACK,
  canonicalPart,
  packageEntries,
  readWorkbook,
  type WorkbookInfo
} from './xlsx-parts'
import { asUtf8Sync } from './utf16'
import { entryData, readZipDirectory, type ZipEntry } from './zip-directory'

export interface MergeRange {
  top: number
  left: number
  bottom: number
  right: number
}

export interface SheetMerges {
  ranges: MergeRange[]
  /** More ranges than LIMITS.maxMergesPerSheet: the rest were not read (the import warns). */
  truncated: boolean
}

export interface WorkbookCheck {
  /** The archive's entries by canonical name (see `canonicalPart`). */
  entries: Map<string, ZipEntry>
  /** Sheets, shared strings, styles and the date system, found through the relationships. */
  workbook: WorkbookInfo
  /** Merged ranges per worksheet part that has any (`xl/worksheets/sheet3.xml` → its ranges). */
  mergesByPart: Map<string, SheetMerges>
  /**
   * Damage the reader worked around, each a file-level warning (issue name and params): a
   * directory recovered from the local headers, a part whose data fails its CRC-32.
   */
  warnings: PackageWarning[]
}

export interface PackageWarning {
  name: string
  params: Record<string, string | number>
}

/** Inflated chunk size: the default 16 KB made the guard's pass over a large sheet several times slower. */
const CHUNK_BYTES = 256 * 1024
const METHOD_STORED = 0
const METHOD_DEFLATE = 8
const FLAG_ENCRYPTED = 0x1
const MB = 1_000_000

function toMB(bytes: number): number {
  return Math.ceil(bytes / MB)
}

export function decodeColumn(letters: string): number {
  let column = 0
  for (const char of letters.toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64)
  return column
}

/** `B3:D4` → its bounds; a single-cell ref gives a 1×1 range. */
export function parseRange(ref: string): MergeRange | null {
  const match = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(ref)
  if (!match) return null
  const left = decodeColumn(match[1])
  const top = Number(match[2])
  const right = match[3] ? decodeColumn(match[3]) : left
  const bottom = match[4] ? Number(match[4]) : top
  return {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right)
  }
}

const MERGE_NAME = Buffer.from('mergeCell')
const REF_ATTRIBUTE = Buffer.from('ref=')
/** Longer than any `<x:mergeCell ref="…"/>` tag. */
const TAG_WINDOW = 200

function isNameByte(byte: number): boolean {
  return (
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === 0x5f ||
    byte === 0x2d ||
    byte === 0x2e
  )
}

/**
 * Where the `<` of the tag whose local name starts at `at` is: `<mergeCell` or `<x:mergeCell`
 * (the .NET Open XML SDK writes a prefix), or -1 when `mergeCell` there is not a tag name.
 */
function tagStartBefore(buffer: Buffer, at: number): number {
  if (at > 0 && buffer[at - 1] === 0x3c) return at - 1
  if (at === 0 || buffer[at - 1] !== 0x3a /* : */) return -1
  let start = at - 2
  while (start >= 0 && at - start < 40 && isNameByte(buffer[start])) start--
  return start >= 0 && start < at - 2 && buffer[start] === 0x3c ? start : -1
}

/**
 * Collects merge ranges from XML chunks; a short tail of the previous chunk catches a tag split
 * across two. Stops recording past `limit` ranges (and says so): a flood of merges cannot fill
 * the memory.
 */
export class MergeScanner {
  readonly ranges: MergeRange[] = []
  truncated = false
  private tail = Buffer.alloc(0)

  constructor(private readonly limit: number = LIMITS.maxMergesPerSheet) {}

  push(chunk: Buffer): void {
    // Only the seam (tail + the start of this chunk) is copied; the chunk itself is searched in place.
    if (this.tail.length > 0) {
      this.scan(Buffer.concat([this.tail, chunk.subarray(0, TAG_WINDOW)]), this.tail.length)
    }
    this.scan(chunk)
    // The last TAG_WINDOW bytes of the stream so far (small chunks are joined onto the old tail).
    const joined = chunk.length >= TAG_WINDOW ? chunk : Buffer.concat([this.tail, chunk])
    this.tail = Buffer.from(joined.subarray(Math.max(0, joined.length - TAG_WINDOW)))
  }

  /**
   * Records complete tags. With `seam` set, only tags that straddle it (start before, end
   * after): the ones wholly on either side are found by the scans of the chunks themselves.
   */
  private scan(buffer: Buffer, seam?: number): void {
    let name = buffer.indexOf(MERGE_NAME)
    while (name >= 0) {
      const after = buffer[name + MERGE_NAME.length]
      const start = tagStartBefore(buffer, name)
      // `<mergeCells>` (the container) and words in text are not tags of one range.
      const isTag =
        start >= 0 && (after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d)
      if (isTag) {
        const close = buffer.indexOf(0x3e /* > */, name)
        if (close < 0) return
        if (seam === undefined || (start < seam && close >= seam)) this.record(buffer, name, close)
        name = buffer.indexOf(MERGE_NAME, close + 1)
      } else {
        name = buffer.indexOf(MERGE_NAME, name + MERGE_NAME.length)
      }
    }
  }

  private record(buffer: Buffer, from: number, close: number): void {
    if (this.truncated) return
    let at = buffer.indexOf(REF_ATTRIBUTE, from)
    // `ref=` must be an attribute of this tag (preceded by a space), not part of another name.
    while (at >= 0 && at < close && buffer[at - 1] !== 0x20 && buffer[at - 1] !== 0x09)
      at = buffer.indexOf(REF_ATTRIBUTE, at + 1)
    if (at < 0 || at >= close) return
    const quote = buffer[at + REF_ATTRIBUTE.length]
    if (quote !== 0x22 && quote !== 0x27) return
    const end = buffer.indexOf(quote, at + REF_ATTRIBUTE.length + 1)
    if (end < 0 || end > close || end - at > 40) return
    const range = parseRange(buffer.toString('latin1', at + REF_ATTRIBUTE.length + 1, end))
    if (!range) return
    if (this.ranges.length >= this.limit) {
      this.truncated = true
      return
    }
    this.ranges.push(range)
  }
}

/** Inflates one entry, stopping as soon as it exceeds `limit` bytes. */
interface Inflated {
  bytes: number
  exceeded: boolean
  /** CRC-32 of the inflated bytes (checked against the archive's). */
  crc: number
  error?: string
}

function inflateCounting(
  data: Buffer,
  limit: number,
  onChunk?: (chunk: Buffer) => void
): Promise<Inflated> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES })
    let bytes = 0
    let crc = 0
    let settled = false
    const finish = (result: Omit<Inflated, 'crc'>): void => {
      if (settled) return
      settled = true
      resolve({ ...result, crc })
    }
    inflater.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > limit) {
        inflater.destroy()
        finish({ bytes, exceeded: true })
        return
      }
      crc = crc32(chunk, crc)
      onChunk?.(chunk)
    })
    inflater.on('error', (error) => finish({ bytes, exceeded: false, error: error.message }))
    inflater.on('end', () => finish({ bytes, exceeded: false }))
    inflater.end(data)
  })
}

function classifyArchive(entries: ZipEntry[], bytes: Buffer, file: string): void {
  const names = new Set(entries.map((entry) => canonicalPart(entry.name)))
  const mimetype = entries.find((entry) => entry.name === 'mimetype')
  if (mimetype && mimetype.method === METHOD_STORED) {
    const data = entryData(bytes, mimetype)
    if (data && data.toString('latin1').includes('opendocument')) {
      fail('UNSUPPORTED_FILE', 'ods', { file }, { file })
    }
  }
  if (names.has('xl/workbook.bin')) fail('UNSUPPORTED_FILE', 'xlsb', { file }, { file })
}

export async function checkWorkbook(bytes: Buffer, file: string): Promise<WorkbookCheck> {
  const directory = readZipDirectory(bytes, LIMITS.maxZipEntries)
  if (!directory.ok)
    fail('UNSUPPORTED_FILE', 'zipDamaged', { file, reason: directory.reason }, { file })
  const { entries } = directory
  classifyArchive(entries, bytes, file)
  const warnings: PackageWarning[] = []
  if (directory.recovered)
    warnings.push({
      name: 'importRead.issue.zipRecovered',
      params: { file, reason: directory.recovered.reason, count: entries.length }
    })

  const limitMB = toMB(LIMITS.maxUncompressedBytes)
  const declaredTotal = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (declaredTotal > LIMITS.maxUncompressedBytes) {
    fail('FILE_TOO_LARGE', 'zipBomb', { file, size: toMB(declaredTotal), limit: limitMB }, { file })
  }

  for (const entry of entries) {
    if (entry.flags & FLAG_ENCRYPTED) fail('UNSUPPORTED_FILE', 'encrypted', { file }, { file })
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
    if (ratio > LIMITS.maxCompressionRatio && entry.uncompressedSize > 10 * MB) {
      // The limit crossed is the ratio, not the total size: say so (the total can be small).
      fail(
        'FILE_TOO_LARGE',
        'importRead.error.zipBombRatio',
        {
          file,
          entry: entry.name,
          ratio: Math.round(ratio),
          size: toMB(entry.uncompressedSize),
          limit: LIMITS.maxCompressionRatio
        },
        { file }
      )
    }
  }

  // The workbook and its relationships are small parts, read (within their declared sizes)
  // before the full pass: they say which parts are sheets, whose merges that pass collects.
  const byName = packageEntries(entries)
  const workbook = await readWorkbook(bytes, byName)
  if (workbook.part === undefined && directory.recovered)
    // What was recovered does not reach the workbook: the damage, not the kind of file, is the reason.
    fail('UNSUPPORTED_FILE', 'zipDamaged', { file, reason: directory.recovered.reason }, { file })
  if (workbook.part === undefined) fail('UNSUPPORTED_FILE', 'zipNotWorkbook', { file }, { file })
  const sheetParts = new Set(workbook.sheets.map((sheet) => sheet.part))

  const mergesByPart = new Map<string, SheetMerges>()
  let inflatedTotal = 0
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue
    const data = entryData(bytes, entry)
    if (!data)
      fail(
        'UNSUPPORTED_FILE',
        'zipDamaged',
        { file, reason: `entry ${entry.name} cut short` },
        { file }
      )
    const part = canonicalPart(entry.name)
    // Merges are read only from the worksheets (a merge flood elsewhere costs nothing).
    const scanner = sheetParts.has(part) ? new MergeScanner() : undefined
    const utf8 = scanner && asUtf8Sync()
    const onChunk = scanner && utf8 && ((chunk: Buffer) => scanner.push(utf8(chunk)))
    let crc: number
    if (entry.method === METHOD_STORED) {
      inflatedTotal += data.length
      onChunk?.(data)
      crc = crc32(data)
    } else {
      if (entry.method !== METHOD_DEFLATE) {
        fail(
          'UNSUPPORTED_FILE',
          'zipDamaged',
          { file, reason: `unknown compression in ${entry.name}` },
          { file }
        )
      }
      // Allow a little slack over the declared size (some writers round), never past the cap.
      const allowed = Math.min(
        entry.uncompressedSize + SIZE_SLACK,
        LIMITS.maxUncompressedBytes - inflatedTotal
      )
      const result = await inflateCounting(data, allowed, onChunk)
      if (result.exceeded) {
        // More bytes than declared: a forged size (zip bomb) or a damaged file; either way, stop.
        fail('FILE_TOO_LARGE', 'zipSizeMismatch', { file, entry: entry.name }, { file })
      }
      if (result.error) {
        fail(
          'UNSUPPORTED_FILE',
          'zipDamaged',
          { file, reason: `${entry.name}: ${result.error}` },
          { file }
        )
      }
      inflatedTotal += result.bytes
      crc = result.crc
    }
    // Other readers (LibreOffice, Python's zipfile repair) read past a bad checksum; so do we,
    // but never silently: the planner is told which part may hold damaged data.
    if (crc !== entry.crc32)
      warnings.push({ name: 'importRead.issue.crcMismatch', params: { file, entry: entry.name } })
    if (scanner && scanner.ranges.length > 0)
      mergesByPart.set(part, { ranges: scanner.ranges, truncated: scanner.truncated })
  }
  return { entries: byName, workbook, mergesByPart, warnings }
}
