/**
 * Reads a zip's central directory from the raw bytes, before any unzip library sees the
 * file: a truncated or forged archive is refused here with a clear reason, and the declared
 * sizes feed the zip-bomb guard. Only the fields the guard needs are decoded.
 */

export interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

export type ZipDirectoryResult =
  { ok: true; entries: ZipEntry[]; centralDirectoryOffset: number } | { ok: false; reason: string }

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const CENTRAL_HEADER_SIGNATURE = 0x02014b50
const LOCAL_HEADER_SIGNATURE = 0x04034b50
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

export function readZipDirectory(bytes: Buffer, maxEntries: number): ZipDirectoryResult {
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
