/** Channel names of the 'report' area (method name → channel). Dependency-free: bundled into the preload. */
export const REPORT_CHANNELS = {
  /** Plan → the report as an A4 PDF (base64), with a suggested file name. */
  exportReport: 'report.export',
  /** Plan → the comparison table as CSV (formula-injection safe), base64. */
  exportComparisonCsv: 'report.comparisonCsv'
} as const
