/**
 * Decides what a file really is from its first bytes, not its name: a renamed .xls is
 * still an OLE compound file, and a web system's ".xls" export is often tab-separated
 * text. Anything that is not an .xlsx zip or text is refused with what to do instead.
 */
import { LIMITS } from '../limits'
import { fail } from '../issues'

export type FileKind = { kind: 'xlsx' } | { kind: 'text'; delimiterHint?: '\t' | ',' }

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06]
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Magic numbers of common non-spreadsheet files users pick by mistake. */
const OTHER_BINARY_MAGICS: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a] // Windows executable
]

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((value, index) => bytes[index] === value)
}

function utf16Name(name: string): Buffer {
  return Buffer.from(name, 'utf16le')
}

/** OLE compound files are .xls, encrypted .xlsx (EncryptedPackage), or other Office files. */
function refuseCompoundFile(bytes: Buffer, file: string): never {
  if (
    bytes.includes(utf16Name('EncryptedPackage')) ||
    bytes.includes(utf16Name('EncryptionInfo'))
  ) {
    fail('UNSUPPORTED_FILE', 'encrypted', { file }, { file })
  }
  if (bytes.includes(utf16Name('Workbook')) || bytes.includes(utf16Name('Book'))) {
    fail('UNSUPPORTED_FILE', 'legacyXls', { file }, { file })
  }
  fail('UNSUPPORTED_FILE', 'notSpreadsheet', { file }, { file })
}

function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.')
  return dot < 0 ? '' : file.slice(dot + 1).toLowerCase()
}

/** HTML or SpreadsheetML 2003 saved with an .xls name: Excel opens it, we cannot. */
function looksLikeMarkupWorkbook(head: string): boolean {
  return /^\s*<(\?xml|html|!doctype html|table)/i.test(head)
}

/**
 * Text has no NUL bytes, except UTF-16 without a BOM (Excel's "Unicode text" from some tools):
 * there the NULs fall on every other byte (the high half of ASCII characters).
 */
function looksLikeText(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192)
  if (!sample.includes(0)) return true
  let even = 0
  let odd = 0
  for (let at = 0; at + 1 < sample.length; at += 2) {
    if (sample[at] === 0) even++
    if (sample[at + 1] === 0) odd++
  }
  const pairs = Math.floor(sample.length / 2)
  return (odd > pairs * 0.3 && even === 0) || (even > pairs * 0.3 && odd === 0)
}

export function sniffFile(bytes: Buffer, file: string): FileKind {
  if (bytes.length === 0) fail('UNSUPPORTED_FILE', 'emptyFile', { file }, { file })
  if (bytes.length > LIMITS.maxFileBytes) {
    fail(
      'FILE_TOO_LARGE',
      'fileTooLarge',
      { file, size: Math.ceil(bytes.length / 1e6), limit: LIMITS.maxFileBytes / 1e6 },
      { file }
    )
  }
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return { kind: 'xlsx' }
  if (startsWith(bytes, CFB_MAGIC)) refuseCompoundFile(bytes, file)
  if (OTHER_BINARY_MAGICS.some((magic) => startsWith(bytes, magic))) {
    fail('UNSUPPORTED_FILE', 'notSpreadsheet', { file }, { file })
  }
  const hasUtf16Bom =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  if (!hasUtf16Bom && !looksLikeText(bytes)) {
    fail('UNSUPPORTED_FILE', 'notSpreadsheet', { file }, { file })
  }
  const extension = extensionOf(file)
  if (!hasUtf16Bom && looksLikeMarkupWorkbook(bytes.toString('latin1', 0, 512))) {
    fail(
      'UNSUPPORTED_FILE',
      extension === 'xls' ? 'legacyXls' : 'notSpreadsheet',
      { file },
      { file }
    )
  }
  if (extension === 'tsv' || extension === 'tab') return { kind: 'text', delimiterHint: '\t' }
  if (extension === 'csv') return { kind: 'text', delimiterHint: ',' }
  return { kind: 'text' }
}
