// Messages for the 'inventory' area. Keep keys in step with ../zh-CN/inventory.ts (typecheck enforces the shape).
// Placeholders are {name} only. Every import message says where (the location is shown beside it) and what to do.
export default {
  title: 'Inventory',
  fields: {
    kind: 'Type',
    vendor: 'Vendor',
    name: 'Model',
    formFactor: 'Form factor',
    memoryType: 'Memory type',
    memoryGB: 'Memory (GB)',
    memoryBandwidthGBs: 'Memory bandwidth (GB/s)',
    fp32Tflops: 'FP32 (TFLOPS)',
    tf32Tflops: 'TF32 (TFLOPS)',
    fp16Tflops: 'FP16 (TFLOPS)',
    bf16Tflops: 'BF16 (TFLOPS)',
    fp8Tflops: 'FP8 (TFLOPS)',
    int8Tops: 'INT8 (TOPS)',
    int4Tops: 'INT4 (TOPS)',
    tdpW: 'Power (W)',
    decode1080p30Streams: 'Video decode (1080p30 streams)',
    acceleratorsPerServer: 'Accelerators per server',
    launchYear: 'Launch year',
    acceleratorName: 'Accelerator in server',
    price: 'Unit price',
    currency: 'Currency',
    priceDate: 'Price date',
    priceSource: 'Price source',
    taxIncluded: 'Price includes VAT',
    quantityOnHand: 'Quantity on hand',
    notes: 'Notes'
  },
  kinds: { accelerator: 'Accelerator', server: 'Server' },
  outcome: {
    accepted: 'Accepted',
    'accepted-with-warnings': 'Accepted with warnings',
    rejected: 'Rejected'
  },
  match: {
    new: 'New',
    identical: 'Same as catalog',
    differs: 'Differs from catalog',
    'keep-mine': 'Keep mine',
    'keep-catalog': 'Keep catalog',
    merge: 'Merge',
    skip: 'Skip'
  },
  location: {
    file: 'File {file}',
    sheet: 'sheet {sheet}',
    row: 'row {row}',
    column: 'column {column}',
    field: 'field {field}'
  },
  summary:
    '{rowsRead} rows read: {accepted} accepted, {acceptedWithWarnings} accepted with warnings, {rejected} rejected ({blank} blank rows skipped, {duplicates} duplicates).',
  error: {
    emptyFile: 'The file {file} is empty.',
    fileTooLarge:
      'The file {file} is {size} MB, larger than the {limit} MB limit. Split it into smaller files or remove unused sheets, then import again.',
    badUpload: 'The file {file} did not arrive intact. Choose it again.',
    legacyXls:
      'The file {file} is a legacy Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel or WPS and save it as .xlsx (or CSV UTF-8), then import again.',
    encrypted:
      'The file {file} is password-protected or encrypted. Remove the password in Excel (File, Info, Protect Workbook), save it as .xlsx, then import again.',
    ods: 'The file {file} is an OpenDocument spreadsheet (.ods). Save it as .xlsx in LibreOffice or WPS, then import again.',
    xlsb: 'The file {file} is a binary Excel workbook (.xlsb). Save it as .xlsx, then import again.',
    notSpreadsheet:
      'The file {file} is not a spreadsheet this app can read. Import an .xlsx workbook or a .csv or .tsv text file.',
    zipDamaged:
      'The file {file} is damaged or incomplete ({reason}). Download or save it again as .xlsx, then import again.',
    zipBomb:
      'The file {file} would expand to {size} MB when opened, more than the {limit} MB limit. Save a copy with only the inventory sheet as .xlsx, or export it as CSV.',
    zipSizeMismatch:
      'The file {file} holds more data than it declares (part {entry}), a sign of a zip bomb or a damaged file, so it was not opened. Save it again as .xlsx in Excel or WPS, then import again.',
    zipNotWorkbook:
      'The file {file} is a zip archive but not an Excel workbook. Import an .xlsx workbook or a .csv file.',
    unreadableWorkbook:
      'The workbook {file} could not be read ({reason}). Open it in Excel or WPS, save it again as .xlsx, then import again.',
    emptyWorkbook: 'The file {file} has no data: every sheet is empty.',
    sheetNotFound: 'The workbook {file} has no sheet named {sheet}. Its sheets are: {sheets}.',
    noHeader:
      'No header row was recognised in the first {rows} rows of {sheet}. Choose the header row and map the columns yourself.',
    noNameColumn:
      'No column is mapped to the model name. Map one column to Model, then import again.',
    tooManyRows:
      'The sheet {sheet} has more than {limit} data rows. Split it into smaller files, then import again.',
    cancelled: 'The import was cancelled.',
    jobNotFound:
      'No import job {jobId}: it finished long ago or never existed. Start the import again.',
    jobNotDone: 'The import job {jobId} has not finished yet.',
    libraryUnreadable:
      'The inventory library {file} could not be read ({reason}). It was left untouched; fix or remove it.',
    noOutputFile: 'Give the file to write, e.g. inventory.xlsx.'
  },
  issue: {
    tooManyColumns:
      'The sheet has more than {limit} columns; columns after the {limit}th were ignored.',
    unterminatedQuote:
      'A quoted value starting in this record is never closed; the rest of the file was read as part of it.',
    duplicateMapping:
      'Two columns are mapped to {field}; this column was ignored. Change the mapping if it is the one to use.',
    missingName: 'The row has no model name, so it was not imported. Add the model name.',
    nameIsError: 'The model name cell holds the error {error}, so the row was not imported.',
    totalsRow: 'This looks like a totals row ({name}), so it was not imported as hardware.',
    noteRow: 'This looks like a note ({name}), not a hardware row, so it was not imported.',
    repeatedHeader: 'This row repeats the header, so it was not imported.',
    duplicate: 'Model {name} appears again: first at row {firstRow}. Both rows were kept.',
    formulaNoResult:
      'The formula {formula} has no saved result, so the cell was left empty. Open the file in Excel, let it recalculate, save, and import again.',
    errorCell: 'The cell holds the error {error}, so it was left empty.',
    notANumber: 'Could not read {value} as a number, so the cell was left empty.',
    unitMismatch:
      'The unit in {value} does not fit this column ({expected}), so the cell was left empty.',
    outOfRange:
      '{value} is outside the plausible range {min} to {max}, so the cell was left empty.',
    zeroAsUnsupported: 'A value of 0 was read as not supported, so the cell was left empty.',
    gigabits: '{value} is in gigabits; converted to {converted} GB/s (8 bits per byte).',
    sparseKept:
      '{value} is marked sparse. It was kept as given and labelled sparse; confirm halving to use the dense figure.',
    sparseHalved:
      '{value} is marked sparse; halved to the dense figure {converted} as you confirmed.',
    currencyAssumed: 'The price has no currency; {currency} was assumed.',
    notAnInteger: '{value} is not a whole number, so the cell was left empty.',
    dateUnreadable: 'Could not read {value} as a date, so the cell was left empty.',
    dateInNumberField: 'The cell holds a date where a number was expected, so it was left empty.',
    cellTooLong: 'The cell is longer than {limit} characters; only the first {limit} were kept.',
    unknownKind: 'Type {value} is not recognised; the row was imported as an accelerator.',
    booleanInField:
      'The cell holds TRUE or FALSE where a value was expected, so it was left empty.',
    unknownFlag:
      '{value} is not a yes/no value (use 是/否, Y/N, TRUE/FALSE, 含税/不含税), so the cell was ignored.'
  },
  view: {
    library: 'My hardware',
    importTitle: 'Import a spreadsheet',
    dropHint: 'Drop an .xlsx, .csv or .tsv file here, or choose one.',
    chooseFile: 'Choose file',
    sheet: 'Sheet',
    headerRow: 'Header row',
    noHeader: 'No header row found: enter the header row and map the columns.',
    mapping: 'Column mapping',
    confidence: 'Confidence {value}',
    ignore: 'Ignore this column',
    preview: 'Preview',
    halveSparse: 'Halve figures marked sparse (use dense figures)',
    rememberMapping: 'Remember this mapping for files like this',
    startImport: 'Import',
    cancel: 'Cancel',
    progress: '{rows} rows read',
    results: 'Review',
    showOutcome: 'Show',
    all: 'All rows',
    decision: 'Catalog',
    differs: 'Differs: {fields}',
    commit: 'Add to my hardware',
    committed: '{added} added, {updated} updated, {skipped} skipped.',
    filter: 'Filter',
    add: 'Add row',
    delete: 'Delete',
    save: 'Save',
    saved: 'Saved.',
    export: 'Export .xlsx',
    useInPlan: 'Use in plan',
    usedInPlan:
      '{count} accelerators added to the plan; {skipped} not added (servers or no vendor).',
    empty: 'No hardware yet: import a spreadsheet or add a row.',
    page: 'Rows {from} to {to} of {total}',
    previous: 'Previous',
    next: 'Next'
  },
  cli: {
    usage:
      'Usage: compute-planner inventory import FILE [--sheet NAME] [--json] [--halve-sparse]\n       compute-planner inventory export OUT.xlsx [--library DIR]',
    sheet: 'Sheet: {sheet}',
    headerRow: 'Header row: {row}',
    mapping: 'Column mapping:',
    rows: 'Rows:',
    issues: 'Warnings and rejections:',
    exported: 'Wrote {count} entries to {file}.',
    libraryEmpty: 'The inventory library in {dir} is empty; the workbook has only the header.'
  }
}
