// Messages of the hardened spreadsheet reader (issue 17): what the importer refused, replaced
// or guessed while reading a file, located beside each message. Keep keys in step with
// ../zh-CN/import-read.ts. Placeholders are {name} only.
export default {
  issue: {
    zipRecovered:
      "The file's zip directory is damaged ({reason}); {count} parts were read from their own headers instead, as other spreadsheet programs do. Check the imported rows, then save the file again in Excel or WPS.",
    crcMismatch:
      'The part {entry} does not match its checksum, so its data may be damaged; it was read anyway. Check the rows it holds, then save the file again in Excel or WPS.',
    figureTooLong:
      'The cell holds {limit}+ characters, too long for a figure, price or date ("{value}"); it was left empty.',
    sharedStringMissing:
      'The cell refers to text number {index}, which the workbook does not have (it has {count}); the cell was left empty. Save the file again in Excel or WPS.',
    sharedStringIndexInvalid:
      'The cell refers to text "{value}", which is not a text number; the cell was left empty. Save the file again in Excel or WPS.',
    noncharacter:
      'The cell held {count} character(s) that are not text (such as U+FFFE); each was replaced with U+FFFD (�).',
    ambiguousSeparator:
      '"{value}" was read as {read}; if the dot or comma separates thousands, it is {other}. Check the price.',
    mergeLimit:
      'The sheet has more than {limit} merged ranges; only the first {limit} were filled in. Unmerge the cells and fill them in, then import again.',
    encodingGuessed:
      'The text encoding was guessed as {encoding}; if names look garbled, pick the encoding in the review.',
    taxInclusivePrice:
      'The price column is headed as including VAT: prices are stored as tax-inclusive, so the quote does not add VAT to them again.'
  },
  error: {
    timeBudget:
      'Reading {file} took longer than {seconds} s, far longer than any inventory needs, so it was stopped. Save only the inventory sheet as .xlsx or CSV, then import again.',
    zipBombRatio:
      'The file {file} has a part ({entry}) that would expand {ratio} times its compressed size to {size} MB, more than the {limit}× any spreadsheet needs (a sign of a zip bomb), so it was not opened. Save it again as .xlsx in Excel or WPS, then import again.',
    workerOutOfMemory:
      'Reading {file} needed more than {limit} MB of memory, far more than any inventory needs, so it was stopped. Save only the inventory sheet as .xlsx or CSV, then import again.',
    workerStopped:
      'Reading {file} stopped unexpectedly ({reason}). Save the file again in Excel or WPS, then import again.',
    rowNumberTooLarge:
      'The sheet {sheet} of {file} numbers a row {row}, past the last row a worksheet can have (1,048,576), so the workbook was not read. Save it again in Excel or WPS, then import again.'
  },
  encoding: {
    label: 'Text encoding',
    auto: 'Detect automatically',
    certain: 'certain',
    likely: 'likely',
    uncertain: 'uncertain'
  }
} as const
