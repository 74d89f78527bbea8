/**
 * The one sanitiser for text written into an exported cell — quote workbook, inventory
 * export and quote CSV all call it. Cells only ever receive plain strings built from typed
 * data (never a formula, link or rich-text object); what is left to guard is the format:
 *
 * - characters XML 1.0 cannot carry (C0 controls other than tab, LF, CR; lone surrogates;
 *   U+FFFE, U+FFFF): one of them makes Excel, LibreOffice, exceljs and our own reader call
 *   the whole file corrupt;
 * - the other Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every
 *   plane): not for interchange, and refused by some readers;
 * - Excel's limit of 32,767 characters in one cell.
 *
 * Each is replaced by U+FFFD (the replacement character), so the damage stays visible and
 * the rest of the text is kept. Pure TypeScript: the CSV writer lives in src/shared.
 */

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767

const UNWRITABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function exportCellText(value: string): string {
  const clean = value.replace(UNWRITABLE, '\uFFFD')
  return clean.length > MAX_CELL_TEXT ? `${clean.slice(0, MAX_CELL_TEXT - 1)}…` : clean
}
