/** Channel names of the 'quote' area (method name → channel). Dependency-free: bundled into the preload. */
export const QUOTE_CHANNELS = {
  /** Plan (+ quote edits) → the quote workbook (.xlsx) as base64, with a suggested file name. */
  exportQuote: 'quote.export',
  /** Plan (+ quote edits) → the line items as CSV (formula-injection safe), as base64. */
  exportQuoteCsv: 'quote.exportCsv',
  /** Plan (+ quote edits) → the quote lines and totals the workbook would contain. */
  quoteLines: 'quote.lines',
  /** Desktop only: write the workbook (or CSV, by extension) to a path the user chose in Save. */
  writeQuoteFile: 'quote.writeFile'
} as const
