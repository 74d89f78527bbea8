/**
 * Text going into a cell. Cells only ever receive plain strings built from typed data:
 * never a formula, hyperlink or rich-text object, whatever the string looks like (a plan
 * named `=HYPERLINK(…)` stays that text). What is left to guard is the file format itself.
 */

/** The one export sanitiser (XML-invalid characters, noncharacters, Excel's cell limit). */
export { exportCellText as cellText, MAX_CELL_TEXT } from '@shared/export/cell-text'
import { exportCellText as cellText } from '@shared/export/cell-text'

/**
 * Header and footer text: `&` starts a control code there (`&P` page number, `&"font"`…), so
 * a literal ampersand is doubled; a plan named `&P&D` prints as typed.
 */
export function headerFooterText(value: string): string {
  let text = cellText(value)
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&&')
    .slice(0, 120)
  // The cut must not split a surrogate pair (a lone surrogate corrupts the file) nor a doubled
  // `&&` (a lone `&` would start a control code and swallow the next section's `&C`/`&R`).
  if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1)
  if ((text.length - text.replace(/&+$/, '').length) % 2 === 1) text = text.slice(0, -1)
  return text
}

/**
 * Display width in Excel character units: East Asian wide and full-width characters take
 * two columns, everything else one. Multi-line text is as wide as its widest line.
 */
export function displayWidth(text: string): number {
  let widest = 0
  for (const line of text.split('\n')) {
    let width = 0
    for (const char of line) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1
    if (width > widest) widest = width
  }
  return widest
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) || // CJK radicals … Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) // CJK extension planes
  )
}
