/**
 * Hard limits of the importer. They keep a hostile or mistaken file from exhausting the
 * main process; each one has its own message saying what to do instead.
 * The file limit stays under the IPC request cap (64 MiB of JSON) once base64 adds a third.
 */
export const LIMITS = {
  /** Bytes of the file as uploaded. */
  maxFileBytes: 40_000_000,
  /** Sum of the declared uncompressed sizes of every entry in an .xlsx (zip-bomb guard). */
  maxUncompressedBytes: 400_000_000,
  /** Largest plausible compression ratio of one entry; spreadsheets XML compresses ~10–30×. */
  maxCompressionRatio: 200,
  /** Entries in a workbook zip. */
  maxZipEntries: 10_000,
  /** Data rows in the chosen sheet or CSV. */
  maxRows: 250_000,
  /** Columns read per row; cells further right are ignored with one warning. */
  maxColumns: 200,
  /**
   * Merged ranges read per sheet. Formatted reports have hundreds; a flood of them (finding
   * 17.4: 1.3 GB from a 944 KB file) is cut here, with a warning.
   */
  maxMergesPerSheet: 10_000,
  /** Characters kept from one cell. */
  maxCellChars: 4_000,
  /**
   * Longest text read as a figure, price, count or date ("1,979 TFLOPS (with sparsity)" is
   * 28): longer cells get a warning without being parsed, so no pattern ever sees 1 MB.
   */
  maxFigureChars: 200,
  /** Characters of a header label matched (the longest synonym is under 40). */
  maxHeaderChars: 200,
  /** Rows searched for the header (title rows, notes and blank rows may come first). */
  headerSearchRows: 30,
  /**
   * Wall-clock budget of one import or inspection, the one place to change it. 250,000 rows
   * import in a few seconds; a file still being read after this is stopped with a message
   * (the planner can split it). The import worker is terminated when it runs over, so the
   * budget holds even if the reader never yields.
   */
  importTimeBudgetMs: 60_000,
  /** Heap of one import worker (V8 old generation); a file needing more is stopped with a message. */
  importWorkerHeapMB: 1024,
  /** Data rows parsed for the review step's preview. */
  previewRows: 20
} as const
