/**
 * Reads a zip's central directory from the raw bytes, before any unzip library sees the
 * file: a forged archive is refused here with a clear reason, and the declared sizes feed
 * the zip-bomb guard. Only the fields the guard needs are decoded.
 *
 * A damaged directory (a download cut short, a directory overwritten) is recovered the way
 * other readers (Excel's repair, LibreOffice, Python's zipfile tools) do: by walking the
 * local file headers from the start of the file. The result says so, and the importer warns.
 */

export interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
  /** CRC-32 of the uncompressed data, as the archive declares it. */
  crc32: number
}

export type ZipDirectoryResult =
  | {
      ok: true
      entries: ZipEntry[]
      centralDirectoryOffset: number
      /** Set when the directory was damaged and the entries come from the local headers. */
      recovered?: { reason: string }
    }
  | { ok: false; reason: string }

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const CENTRAL_HEADER_SIGNATURE = 0x02014b50
const LOCAL_HEADER_SIGNATURE = 0x04034b50
const DATA_DESCRIPTOR_SIGNATURE = Buffer.from([0x50, 0x4b, 0x07, 0x08])
const FLAG_DATA_DESCRIPTOR = 0x08
const EOCD_MIN_LENGTH = 22
const MAX_COMMENT_LENGTH = 0xffff
const ZIP64_MARKER_32 = 0xffffffff
const ZIP64_EXTRA_ID = 0x0001

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - EOCD_MIN_LENGTH - MAX_COMMENT_LENGTH)
  for (let at = bytes.length - EOCD_MIN_LENGTH; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at
  }
  return -1
}

/** Zip64 archives move the directory's offset and size into a second record. */
function readZip64Directory(
  bytes: Buffer,
  eocdAt: number
): { offset: number; size: number; count: number } | null {
  const locatorAt = eocdAt - 20
  if (locatorAt < 0 || bytes.readUInt32LE(locatorAt) !== ZIP64_LOCATOR_SIGNATURE) return null
  const recordAt = Number(bytes.readBigUInt64LE(locatorAt + 8))
  if (recordAt + 56 > bytes.length || bytes.readUInt32LE(recordAt) !== ZIP64_EOCD_SIGNATURE)
    return null
  return {
    count: Number(bytes.readBigUInt64LE(recordAt + 32)),
    size: Number(bytes.readBigUInt64LE(recordAt + 40)),
    offset: Number(bytes.readBigUInt64LE(recordAt + 48))
  }
}

/** Replaces 0xFFFFFFFF placeholders with the 64-bit values of the zip64 extra field. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  let at = 0
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at)
    const length = extra.readUInt16LE(at + 2)
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4
      const end = field + length
      const next = (): number | undefined => {
        if (field + 8 > end) return undefined
        const value = Number(extra.readBigUInt64LE(field))
        field += 8
        return value
      }
      if (entry.uncompressedSize === ZIP64_MARKER_32) entry.uncompressedSize = next() ?? Infinity
      if (entry.compressedSize === ZIP64_MARKER_32) entry.compressedSize = next() ?? Infinity
      if (entry.localHeaderOffset === ZIP64_MARKER_32) entry.localHeaderOffset = next() ?? Infinity
      return
    }
    at += 4 + length
  }
}

/**
 * Where an entry written with a data descriptor (sizes after the data, flag bit 3: exceljs,
 * LibreOffice and most streaming writers) ends: the first descriptor signature whose
 * compressed size equals its distance from the data's start.
 */
function findDataDescriptor(
  bytes: Buffer,
  dataStart: number
): { crc32: number; compressedSize: number; uncompressedSize: number; end: number } | null {
  for (
    let at = bytes.indexOf(DATA_DESCRIPTOR_SIGNATURE, dataStart);
    at >= 0 && at + 16 <= bytes.length;
    at = bytes.indexOf(DATA_DESCRIPTOR_SIGNATURE, at + 1)
  ) {
    if (bytes.readUInt32LE(at + 8) === at - dataStart)
      return {
        crc32: bytes.readUInt32LE(at + 4),
        compressedSize: at - dataStart,
        uncompressedSize: bytes.readUInt32LE(at + 12),
        end: at + 16
      }
  }
  return null
}

/**
 * The entries whose local header and data are whole, walking from the start of the file; the
 * walk stops at the first entry that is cut short or at the central directory.
 */
export function recoverFromLocalHeaders(bytes: Buffer, maxEntries: number): ZipEntry[] {
  const entries: ZipEntry[] = []
  let at = 0
  while (
    at + 30 <= bytes.length &&
    entries.length < maxEntries &&
    bytes.readUInt32LE(at) === LOCAL_HEADER_SIGNATURE
  ) {
    const nameLength = bytes.readUInt16LE(at + 26)
    const extraLength = bytes.readUInt16LE(at + 28)
    const dataStart = at + 30 + nameLength + extraLength
    if (dataStart > bytes.length) break
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(at + 6),
      method: bytes.readUInt16LE(at + 8),
      crc32: bytes.readUInt32LE(at + 14),
      compressedSize: bytes.readUInt32LE(at + 18),
      uncompressedSize: bytes.readUInt32LE(at + 22),
      localHeaderOffset: at,
      name: bytes.toString('utf8', at + 30, at + 30 + nameLength)
    }
    applyZip64Extra(entry, bytes.subarray(at + 30 + nameLength, dataStart))
    let next = dataStart + entry.compressedSize
    if (entry.flags & FLAG_DATA_DESCRIPTOR) {
      const descriptor = findDataDescriptor(bytes, dataStart)
      if (!descriptor) break
      entry.crc32 = descriptor.crc32
      entry.compressedSize = descriptor.compressedSize
      entry.uncompressedSize = descriptor.uncompressedSize
      next = descriptor.end
    }
    if (!Number.isFinite(next) || next > bytes.length) break
    entries.push(entry)
    at = next
  }
  return entries
}

/** The directory, or (when it is damaged) the entries recovered from the local headers. */
export function readZipDirectory(bytes: Buffer, maxEntries: number): ZipDirectoryResult {
  const directory = readCentralDirectory(bytes, maxEntries)
  if (directory.ok || bytes.length < 4 || bytes.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE)
    return directory
  // Refusals that are not damage stay refusals.
  if (directory.reason.startsWith('more than')) return directory
  const entries = recoverFromLocalHeaders(bytes, maxEntries)
  if (entries.length === 0) return directory
  const last = entries[entries.length - 1]
  const end = last.localHeaderOffset + 30 + last.compressedSize
  return {
    ok: true,
    entries,
    centralDirectoryOffset: Math.max(end, bytes.length),
    recovered: { reason: directory.reason }
  }
}

function readCentralDirectory(bytes: Buffer, maxEntries: number): ZipDirectoryResult {
  if (bytes.length < EOCD_MIN_LENGTH) return { ok: false, reason: 'file too short' }
  const eocdAt = findEndOfCentralDirectory(bytes)
  if (eocdAt < 0) return { ok: false, reason: 'zip end record missing: the file is truncated' }

  let count = bytes.readUInt16LE(eocdAt + 10)
  let size = bytes.readUInt32LE(eocdAt + 12)
  let offset = bytes.readUInt32LE(eocdAt + 16)
  if (count === 0xffff || size === ZIP64_MARKER_32 || offset === ZIP64_MARKER_32) {
    const zip64 = readZip64Directory(bytes, eocdAt)
    if (!zip64) return { ok: false, reason: 'zip64 directory missing' }
    ;({ count, size, offset } = zip64)
  }
  if (count > maxEntries) return { ok: false, reason: `more than ${maxEntries} entries` }
  if (offset + size > eocdAt) return { ok: false, reason: 'zip directory out of bounds' }

  const entries: ZipEntry[] = []
  let at = offset
  for (let index = 0; index < count; index++) {
    if (at + 46 > eocdAt || bytes.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE) {
      return { ok: false, reason: 'zip directory entry damaged' }
    }
    const nameLength = bytes.readUInt16LE(at + 28)
    const extraLength = bytes.readUInt16LE(at + 30)
    const commentLength = bytes.readUInt16LE(at + 32)
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc32: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength)
    }
    applyZip64Extra(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength))
    if (
      entry.localHeaderOffset + 30 > offset ||
      bytes.readUInt32LE(entry.localHeaderOffset) !== LOCAL_HEADER_SIGNATURE
    ) {
      return { ok: false, reason: `entry ${entry.name} missing` }
    }
    entries.push(entry)
    at += 46 + nameLength + extraLength + commentLength
  }
  return { ok: true, entries, centralDirectoryOffset: offset }
}

/** The compressed bytes of one entry (after its local header). */
export function entryData(bytes: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.localHeaderOffset
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28)
  const end = start + entry.compressedSize
  return end <= bytes.length ? bytes.subarray(start, end) : null
}
