import { describe, expect, it } from 'vitest'
import { asUtf8, asUtf8Sync, utf16Of } from '../../../../../src/main/services/inventory/read/utf16'

const XML = '<?xml version="1.0"?><sst><si><t>昇腾 910B 😀</t></si></sst>'

function utf16be(text: string): Buffer {
  const little = Buffer.from(text, 'utf16le')
  const big = Buffer.alloc(little.length)
  for (let at = 0; at < little.length; at += 2) {
    big[at] = little[at + 1]
    big[at + 1] = little[at]
  }
  return big
}

/**
 * The bytes cut into pieces of `size` after a first piece of 5 bytes (the first chunk decides
 * the encoding and so must hold the BOM or `<?`; the readers’ first chunk is up to 256 KiB), so
 * every later character, surrogate pair included, is split somewhere.
 */
function pieces(bytes: Buffer, size: number): Buffer[] {
  const result: Buffer[] = [bytes.subarray(0, 5)]
  for (let at = 5; at < bytes.length; at += size) result.push(bytes.subarray(at, at + size))
  return result
}

function convertAll(chunks: Buffer[]): string {
  const convert = asUtf8Sync()
  const out = chunks.map((chunk) => convert(chunk))
  out.push(convert())
  return Buffer.concat(out).toString('utf8')
}

describe('utf16Of', () => {
  it('finds UTF-16 by its byte-order mark or by "<?" in two-byte units', () => {
    expect(utf16Of(Buffer.from([0xff, 0xfe, 0x3c, 0]))).toBe('utf-16le')
    expect(utf16Of(Buffer.from([0xfe, 0xff, 0, 0x3c]))).toBe('utf-16be')
    expect(utf16Of(Buffer.from('<?xml', 'utf16le'))).toBe('utf-16le')
    expect(utf16Of(utf16be('<?xml'))).toBe('utf-16be')
  })

  it('leaves UTF-8 (with or without BOM) and short or empty chunks alone', () => {
    expect(utf16Of(Buffer.from('<?xml', 'utf8'))).toBeUndefined()
    expect(utf16Of(Buffer.from('\uFEFF<?xml', 'utf8'))).toBeUndefined()
    expect(utf16Of(Buffer.alloc(0))).toBeUndefined()
    expect(utf16Of(Buffer.from([0x3c, 0]))).toBeUndefined()
  })
})

describe('asUtf8Sync', () => {
  it('passes UTF-8 chunks through as the same buffers', () => {
    const convert = asUtf8Sync()
    const chunk = Buffer.from(XML, 'utf8')
    expect(convert(chunk)).toBe(chunk)
    expect(convert().length).toBe(0)
  })

  it.each([1, 2, 3, 7, 4096])(
    'converts UTF-16 LE and BE split every %d bytes, dropping the BOM',
    (size) => {
      expect(convertAll(pieces(Buffer.from(`\uFEFF${XML}`, 'utf16le'), size))).toBe(XML)
      expect(convertAll(pieces(utf16be(`\uFEFF${XML}`), size))).toBe(XML)
      expect(convertAll(pieces(Buffer.from(XML, 'utf16le'), size))).toBe(XML)
    }
  )

  it('lets the first chunk alone decide: a later BOM-like pair is data', () => {
    const first = Buffer.from('<?xml', 'utf8')
    const second = Buffer.from([0xff, 0xfe])
    const convert = asUtf8Sync()
    expect(convert(first)).toBe(first)
    expect(convert(second)).toBe(second)
  })

  it('ends a part cut inside a character with the replacement character', () => {
    const bytes = Buffer.from('<?x中', 'utf16le')
    expect(convertAll([bytes.subarray(0, bytes.length - 1)])).toBe('<?x\uFFFD')
  })
})

describe('asUtf8', () => {
  it('converts an async stream of chunks, skipping empty outputs', async () => {
    async function* source() {
      for (const piece of pieces(Buffer.from(`\uFEFF${XML}`, 'utf16le'), 5)) yield piece
    }
    const out: Buffer[] = []
    for await (const chunk of asUtf8(source())) out.push(chunk)
    expect(out.every((chunk) => chunk.length > 0)).toBe(true)
    expect(Buffer.concat(out).toString('utf8')).toBe(XML)
  })
})
