import { describe, expect, it } from 'vitest'
import {
  entryData,
  readZipDirectory,
  recoverFromLocalHeaders
} from '../../../../../src/main/services/inventory/read/zip-directory'
import { fixture } from '../../../inventory/helpers'

/** One entry of a hand-built archive (stored, so the data is the bytes as given). */
interface Entry {
  name: string
  data: string
  crc?: number
  /** Sizes after the data, in a signed data descriptor (flag bit 3), as streaming writers do. */
  descriptor?: boolean
  /** Central sizes and offset as 0xFFFFFFFF with the values in a zip64 extra field. */
  zip64Extra?: boolean
}

const u16 = (value: number) => {
  const b = Buffer.alloc(2)
  b.writeUInt16LE(value)
  return b
}
const u32 = (value: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(value)
  return b
}
const u64 = (value: number) => {
  const b = Buffer.alloc(8)
  b.writeBigUInt64LE(BigInt(value))
  return b
}

/** APPNOTE.TXT 4.3.7: local file header, then the data (and its descriptor). */
function localPart(entry: Entry): Buffer {
  const data = Buffer.from(entry.data)
  const crc = entry.crc ?? 0x12345678
  const sized = !entry.descriptor
  return Buffer.concat([
    u32(0x04034b50),
    u16(20),
    u16(entry.descriptor ? 0x08 : 0),
    u16(0),
    u32(0),
    u32(sized ? crc : 0),
    u32(sized ? data.length : 0),
    u32(sized ? data.length : 0),
    u16(Buffer.byteLength(entry.name)),
    u16(0),
    Buffer.from(entry.name),
    data,
    entry.descriptor
      ? Buffer.concat([u32(0x08074b50), u32(crc), u32(data.length), u32(data.length)])
      : Buffer.alloc(0)
  ])
}

/** APPNOTE.TXT 4.3.12: central directory header. */
function centralPart(entry: Entry, offset: number): Buffer {
  const size = Buffer.byteLength(entry.data)
  const extra = entry.zip64Extra
    ? Buffer.concat([u16(0x0001), u16(24), u64(size), u64(size), u64(offset)])
    : Buffer.alloc(0)
  const marker = entry.zip64Extra ? 0xffffffff : undefined
  return Buffer.concat([
    u32(0x02014b50),
    u16(20),
    u16(20),
    u16(entry.descriptor ? 0x08 : 0),
    u16(0),
    u32(0),
    u32(entry.crc ?? 0x12345678),
    u32(marker ?? size),
    u32(marker ?? size),
    u16(Buffer.byteLength(entry.name)),
    u16(extra.length),
    u16(0),
    u16(0),
    u16(0),
    u32(0),
    u32(marker ?? offset),
    Buffer.from(entry.name),
    extra
  ])
}

function endRecord(count: number, size: number, offset: number, comment = ''): Buffer {
  return Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(count),
    u16(count),
    u32(size),
    u32(offset),
    u16(Buffer.byteLength(comment)),
    Buffer.from(comment)
  ])
}

function archive(entries: Entry[], options: { comment?: string; zip64Directory?: boolean } = {}) {
  const locals: Buffer[] = []
  const offsets: number[] = []
  let at = 0
  for (const entry of entries) {
    offsets.push(at)
    const part = localPart(entry)
    locals.push(part)
    at += part.length
  }
  const central = Buffer.concat(entries.map((entry, index) => centralPart(entry, offsets[index])))
  const directoryAt = at
  if (!options.zip64Directory)
    return Buffer.concat([
      ...locals,
      central,
      endRecord(entries.length, central.length, directoryAt, options.comment)
    ])
  // APPNOTE.TXT 4.3.14–4.3.15: zip64 end record and its locator before the classic end record.
  const recordAt = directoryAt + central.length
  const zip64Record = Buffer.concat([
    u32(0x06064b50),
    u64(44),
    u16(45),
    u16(45),
    u32(0),
    u32(0),
    u64(entries.length),
    u64(entries.length),
    u64(central.length),
    u64(directoryAt)
  ])
  const locator = Buffer.concat([u32(0x07064b50), u32(0), u64(recordAt), u32(1)])
  return Buffer.concat([
    ...locals,
    central,
    zip64Record,
    locator,
    Buffer.concat([
      u32(0x06054b50),
      u16(0),
      u16(0),
      u16(0xffff),
      u16(0xffff),
      u32(0xffffffff),
      u32(0xffffffff),
      u16(0)
    ])
  ])
}

const TWO: Entry[] = [
  { name: '[Content_Types].xml', data: '<Types/>', crc: 0xaabbccdd },
  { name: 'xl/工作簿.xml', data: '<workbook/>' }
]

describe('readZipDirectory', () => {
  it('lists the entries of the central directory with their declared sizes and CRCs', () => {
    const bytes = archive(TWO)
    const result = readZipDirectory(bytes, 100)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.recovered).toBeUndefined()
    expect(
      result.entries.map(({ name, compressedSize, crc32 }) => [name, compressedSize, crc32])
    ).toEqual([
      ['[Content_Types].xml', 8, 0xaabbccdd],
      ['xl/工作簿.xml', 11, 0x12345678]
    ])
    expect(result.entries.map((entry) => entryData(bytes, entry)?.toString())).toEqual([
      '<Types/>',
      '<workbook/>'
    ])
  })

  it('finds the end record behind an archive comment', () => {
    const result = readZipDirectory(archive(TWO, { comment: 'made by hand' }), 100)
    expect(result.ok && result.entries.length).toBe(2)
  })

  it('reads a zip64 directory and zip64 sizes and offsets', () => {
    const result = readZipDirectory(
      archive(
        TWO.map((entry) => ({ ...entry, zip64Extra: true })),
        { zip64Directory: true }
      ),
      100
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(
      result.entries.map((entry) => [entry.uncompressedSize, entry.localHeaderOffset])
    ).toEqual([
      [8, 0],
      [11, 30 + 19 + 8]
    ])
  })

  it('refuses a zip64 end record without its locator', () => {
    const bytes = archive(TWO, { zip64Directory: true })
    // Overwrite the locator's signature.
    bytes.writeUInt32LE(0, bytes.length - 22 - 20)
    // Without the directory the local headers are walked instead, and say why.
    const result = readZipDirectory(bytes, 100)
    expect(result.ok && result.recovered).toEqual({ reason: 'zip64 directory missing' })
  })

  it('says why a file is not a readable zip', () => {
    expect(readZipDirectory(Buffer.alloc(10), 100)).toEqual({ ok: false, reason: 'file too short' })
    expect(readZipDirectory(Buffer.alloc(100), 100)).toEqual({
      ok: false,
      reason: 'zip end record missing: the file is truncated'
    })
  })

  it('refuses more entries than allowed, without walking the local headers instead', () => {
    expect(readZipDirectory(archive(TWO), 1)).toEqual({ ok: false, reason: 'more than 1 entries' })
  })

  it('refuses a directory pointing outside the file or at a missing local header', () => {
    const outside = Buffer.concat([Buffer.alloc(30), endRecord(1, 46, 1000)])
    expect(readZipDirectory(outside, 100)).toEqual({
      ok: false,
      reason: 'zip directory out of bounds'
    })
    // An entry whose local header offset points at the central directory itself.
    const entry = { name: 'a.xml', data: 'x' }
    const local = localPart(entry)
    const central = centralPart(entry, 1)
    const forged = Buffer.concat([
      Buffer.alloc(local.length),
      central,
      endRecord(1, central.length, local.length)
    ])
    expect(readZipDirectory(forged, 100)).toEqual({ ok: false, reason: 'entry a.xml missing' })
  })

  it('recovers the entries of a file whose directory was cut off, and says so', () => {
    const whole = archive(TWO)
    const cut = whole.subarray(0, localPart(TWO[0]).length + localPart(TWO[1]).length + 10)
    const result = readZipDirectory(cut, 100)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.recovered).toEqual({ reason: 'zip end record missing: the file is truncated' })
    expect(result.entries.map((entry) => entry.name)).toEqual([
      '[Content_Types].xml',
      'xl/工作簿.xml'
    ])
  })

  it('reads a real workbook written by exceljs', () => {
    const result = readZipDirectory(fixture('en-units.xlsx'), 100)
    expect(result.ok && result.entries.map((entry) => entry.name)).toContain('xl/workbook.xml')
  })
})

describe('recoverFromLocalHeaders', () => {
  it('takes sizes from data descriptors', () => {
    const entries: Entry[] = [
      { name: 'a.xml', data: 'PK\u0007\u0008 looks like a descriptor', descriptor: true, crc: 7 },
      { name: 'b.xml', data: 'second', descriptor: true, crc: 8 }
    ]
    const bytes = Buffer.concat(entries.map(localPart))
    const found = recoverFromLocalHeaders(bytes, 100)
    expect(found.map(({ name, compressedSize, crc32 }) => [name, compressedSize, crc32])).toEqual([
      ['a.xml', Buffer.byteLength(entries[0].data), 7],
      ['b.xml', 6, 8]
    ])
    expect(entryData(bytes, found[0])?.toString()).toBe(entries[0].data)
  })

  it('stops at an entry cut short, at the entry limit, and at anything not a local header', () => {
    const bytes = Buffer.concat([
      localPart({ name: 'a', data: 'aaaa' }),
      localPart({ name: 'b', data: 'bbbb' })
    ])
    expect(
      recoverFromLocalHeaders(bytes.subarray(0, bytes.length - 1), 100).map((e) => e.name)
    ).toEqual(['a'])
    expect(recoverFromLocalHeaders(bytes, 1).map((e) => e.name)).toEqual(['a'])
    expect(recoverFromLocalHeaders(Buffer.concat([Buffer.from('junk'), bytes]), 100)).toEqual([])
    const lost = localPart({ name: 'c', data: 'cc', descriptor: true }).subarray(0, -16)
    expect(recoverFromLocalHeaders(lost, 100)).toEqual([])
  })
})

describe('entryData', () => {
  it('is null when the entry’s data runs past the end of the file', () => {
    const bytes = localPart({ name: 'a', data: 'abcdef' })
    const [entry] = recoverFromLocalHeaders(bytes, 10)
    expect(entryData(bytes, { ...entry, compressedSize: 7 })).toBeNull()
    expect(entryData(bytes, entry)?.toString()).toBe('abcdef')
  })
})
