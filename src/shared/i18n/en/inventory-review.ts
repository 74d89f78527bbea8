/** Issue 13/17: the import review (every parsed figure, editable), the "My hardware" grid, the encoding choice. */
export default {
  invalid: {
    required: '{label} cannot be empty.',
    tooLong: '{label} is longer than {max} characters.',
    currency: '{label}: "{value}" is not a three-letter currency code (CNY, USD, EUR…).',
    notNumber: '{label}: "{value}" is not a number.',
    year: '{label}: "{value}" is not a year between 1990 and 2100.',
    negative: '{label} cannot be negative ("{value}").',
    wholeNumber: '{label} must be a whole number ("{value}").',
    positive: '{label} must be greater than 0 ("{value}").',
    priceFirst: '{label}: enter the price first; a currency or tax flag alone is not a price.',
    rejected: '{label}: the value does not fit this field.'
  },
  flag: {
    clusterPart:
      'This looks like a cluster part ({part}), not an accelerator: it is left out of My hardware unless you choose otherwise. Price it for the plan with “{button}” below.',
    noArchitecture:
      'No catalog card matched: this card gets the generic (NPU-class) utilisation and efficiency figures and a generic PCIe server. Pick a catalog card or check the name.',
    architectureFromCatalog:
      'Architecture {architecture} comes from the catalog card {card} (it selects the efficiency figures).',
    memoryClass:
      'Memory type: the sheet says {sheet}, the catalog card {card}. The sheet wins, which changes the memory-bandwidth efficiency class.',
    formFactorClass:
      'Form factor: the sheet says {sheet}, the catalog card is {card}. The server class follows the catalog card; check which one you have.',
    vendor:
      'Vendor: the sheet says {sheet}, the catalog card {card}. The sheet wins, which changes which servers can hold this card.'
  },
  origin: {
    sheet: 'from the sheet',
    edited: 'you edited',
    catalog: 'from the catalog',
    none: 'not given'
  },
  legend:
    'Plain figures come from the sheet; grey italics come from the matched catalog card; bold are your edits.',
  outcome: 'Result',
  decision: 'Catalog match decision',
  taxIncluded: 'Incl. VAT',
  review: 'Review before commit: every parsed figure, editable',
  encoding: {
    useDetected: 'As detected',
    label: 'Text encoding',
    detected: 'Detected: {encoding} ({confidence})',
    uncertain:
      'The encoding is a guess: check names and prices below, and pick another encoding if they look garbled.',
    confidence: { certain: 'certain', likely: 'likely', uncertain: 'uncertain' },
    names: {
      'utf-8': 'UTF-8',
      'utf-8-bom': 'UTF-8 with BOM',
      'utf-16le': 'UTF-16 LE',
      'utf-16be': 'UTF-16 BE',
      gb18030: 'GB18030 (Chinese Windows)',
      'windows-1252': 'Windows-1252 (Western Windows)',
      shift_jis: 'Shift-JIS (Japanese)'
    }
  },
  grid: {
    undo: 'Undo',
    redo: 'Redo',
    unsaved: 'Unsaved changes',
    editHint: 'Every field is editable in place; Ctrl+Z undoes, Save writes the library.',
    columns: 'Columns',
    kind: 'Kind'
  },
  editedRowMissing:
    'Rows {rows} were edited in the review but were not imported; nothing was committed. Start the import again.',
  priceList: {
    button: "Add the prices to the plan's price book",
    help: 'For a price list of switches, optics, cables, NICs, storage or racks: each row is matched to a network catalog part by its model.',
    done: "{added} prices added to the plan's price book; {reported} of {rows} rows reported below.",
    rejected: 'the row was not imported (see its issues)',
    noPrice: '{name} has no price',
    currency: '{name}: the plan prices in CNY, USD or EUR, not {currency}',
    noPart: '{name} names no part of the network catalog',
    ambiguous: '{name} names several parts ({candidates}); write the model in full'
  },
  chooseFile: 'Choose file',
  filterPrice: 'Only cards with a known price',
  filterInventory: 'Only cards in my inventory'
}
