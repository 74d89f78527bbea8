/**
 * What a person typed into a number field, as a number — one reading for every field in the
 * app (wizard fields, the import review, the "My hardware" grid). Full-width digits are
 * folded (１２５ → 125). A comma, space, apostrophe or underscore is read as grouping only
 * between groups of three digits (12,500 · 1 250 · 1'000), so "30,5" is refused rather than
 * silently read as 305 or 30.5.
 *
 * Returns null for empty text and NaN for text that is not a number.
 */
export function parseTypedNumber(text: string): number | null {
  const folded = text.normalize('NFKC').trim()
  if (folded === '') return null
  const ungrouped = folded.replace(/(\d)[,\s'_](?=\d{3}(?:\D|$))/g, '$1')
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(ungrouped)) return Number.NaN
  return Number(ungrouped)
}
