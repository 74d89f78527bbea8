import { describe, expect, it } from 'vitest'
import { sniffFile } from '../../../../../src/main/services/inventory/read/sniff'
import { InventoryError } from '../../../../../src/main/services/inventory/issues'
import { LIMITS } from '../../../../../src/main/services/inventory/limits'

/** The refusal sniffFile throws: code, message name and where. */
function refusal(bytes: Buffer, file: string) {
  try {
    sniffFile(bytes, file)
  } catch (error) {
    if (!(error instanceof InventoryError)) throw error
    return { code: error.code, name: error.messageName, location: error.location }
  }
  throw new Error('expected a refusal')
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
/** An OLE compound file holding a stream of that (UTF-16) name somewhere after the header. */
const compound = (stream: string) =>
  Buffer.concat([CFB, Buffer.alloc(500), Buffer.from(stream, 'utf16le'), Buffer.alloc(20)])

describe('sniffFile', () => {
  it('refuses an empty file, naming it', () => {
    expect(refusal(Buffer.alloc(0), 'a.xlsx')).toEqual({
      code: 'UNSUPPORTED_FILE',
      name: 'emptyFile',
      location: { file: 'a.xlsx' }
    })
  })

  it('refuses a file over the size limit as too large', () => {
    const refused = refusal(Buffer.alloc(LIMITS.maxFileBytes + 1, 0x41), 'big.csv')
    expect(refused).toMatchObject({ code: 'FILE_TOO_LARGE', name: 'fileTooLarge' })
  })

  it('takes any zip as an xlsx candidate, whatever its name (the zip reader checks further)', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])
    expect(sniffFile(zip, 'export.csv')).toEqual({ kind: 'xlsx' })
    expect(sniffFile(Buffer.from([0x50, 0x4b, 0x05, 0x06, 0, 0]), 'x')).toEqual({ kind: 'xlsx' })
  })

  it('tells encrypted workbooks, legacy .xls and other Office files apart', () => {
    expect(refusal(compound('EncryptionInfo'), 'locked.xlsx').name).toBe('encrypted')
    expect(refusal(compound('EncryptedPackage'), 'locked.xlsx').name).toBe('encrypted')
    expect(refusal(compound('Workbook'), 'renamed.xlsx').name).toBe('legacyXls')
    expect(refusal(compound('Book'), 'excel95.xls').name).toBe('legacyXls')
    expect(refusal(compound('WordDocument'), 'memo.xls').name).toBe('notSpreadsheet')
  })

  it.each([
    ['PDF', '%PDF-1.7\n'],
    ['PNG', '\x89PNG\r\n\x1a\n'],
    ['JPEG', '\xff\xd8\xff\xe0'],
    ['gzip', '\x1f\x8b\x08\x00'],
    ['Windows executable', 'MZ\x90\x00']
  ])('refuses a %s picked by mistake', (_kind, head) => {
    expect(refusal(Buffer.from(head, 'latin1'), 'cards.xlsx')).toMatchObject({
      code: 'UNSUPPORTED_FILE',
      name: 'notSpreadsheet',
      location: { file: 'cards.xlsx' }
    })
  })

  it('refuses binary data with scattered NUL bytes, but reads UTF-16 text without a BOM', () => {
    const binary = Buffer.from([0x41, 0, 0, 0x42, 0x43, 0, 0x44, 0x45, 0, 0, 0x46, 0x47])
    expect(refusal(binary, 'data.csv').name).toBe('notSpreadsheet')
    expect(sniffFile(Buffer.from('型号\t显存\nH100\t80\n', 'utf16le'), 'u.txt')).toEqual({
      kind: 'text'
    })
    expect(sniffFile(Buffer.from('\uFEFFModel,GB\n', 'utf16le'), 'u.csv')).toEqual({
      kind: 'text',
      delimiterHint: ','
    })
  })

  it('refuses an HTML or XML table saved with a spreadsheet name', () => {
    expect(refusal(Buffer.from('<html><table><tr><td>1'), 'report.xls').name).toBe('legacyXls')
    expect(refusal(Buffer.from('  <?xml version="1.0"?><Workbook>'), 'x.xls').name).toBe(
      'legacyXls'
    )
    expect(refusal(Buffer.from('<!DOCTYPE html><p>'), 'x.csv').name).toBe('notSpreadsheet')
    // Text that merely contains a tag later on is still text.
    expect(sniffFile(Buffer.from('Model,Note\nH100,<b>fast</b>\n'), 'x.csv').kind).toBe('text')
  })

  it('hints the delimiter from the extension, ignoring case', () => {
    const text = Buffer.from('a\tb\n', 'utf8')
    expect(sniffFile(text, 'cards.TSV')).toEqual({ kind: 'text', delimiterHint: '\t' })
    expect(sniffFile(text, 'cards.tab')).toEqual({ kind: 'text', delimiterHint: '\t' })
    expect(sniffFile(text, 'cards.Csv')).toEqual({ kind: 'text', delimiterHint: ',' })
    expect(sniffFile(text, 'export.xls')).toEqual({ kind: 'text' })
    expect(sniffFile(text, 'cards.csv.txt')).toEqual({ kind: 'text' })
    expect(sniffFile(text, 'no-extension')).toEqual({ kind: 'text' })
  })

  it('reads GBK bytes as text (no NULs)', () => {
    // "型号" in GBK.
    expect(sniffFile(Buffer.from([0xd0, 0xcd, 0xba, 0xc5, 0x0a]), 'gbk.csv').kind).toBe('text')
  })
})
