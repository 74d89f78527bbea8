/**
 * Cell text as a spreadsheet means it. OOXML writes characters XML cannot hold as `_xHHHH_`
 * (`_x000D_` for a carriage return, `_x005F_` for a literal underscore before such a code);
 * Excel shows the character. Line breaks inside a cell are LF in Excel; CR and CRLF written by
 * other tools are read as LF too, so the same text compares equal whatever wrote it.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g

export function cleanCellText(text: string): string {
  // XML's own end-of-line handling comes first (XML 1.0 §2.11: a literal CR LF or CR in a
  // part is LF), then the escapes: Excel for Windows writes a cell's CR LF as `_x000D_`
  // followed by a literal CR LF, which is CR LF — one line break, not two.
  let cleaned = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  if (cleaned.includes('_x')) {
    cleaned = cleaned.replace(ESCAPE, (_whole, hex: string) =>
      String.fromCharCode(parseInt(hex, 16))
    )
  }
  if (cleaned.includes('\r')) cleaned = cleaned.replace(/\r\n?/g, '\n')
  return cleaned
}

/**
 * Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE and
 * U+FFFF among them): never text, and they make an .xlsx every reader refuses when written out.
 */
export const NONCHARACTER =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/

const NONCHARACTERS = new RegExp(NONCHARACTER.source, 'g')

/** The text with each noncharacter replaced by U+FFFD, and how many there were. */
export function replaceNoncharacters(text: string): { text: string; count: number } {
  let count = 0
  const replaced = text.replace(NONCHARACTERS, () => {
    count++
    return '\uFFFD'
  })
  return { text: replaced, count }
}
