// Messages for the 'quote' area. Keep keys in step with ../zh-CN/quote.ts (typecheck enforces the shape).
// Used by the quote workbook, its CSV export and the renderer's Quote step.
export default {
  title: 'Quote',
  sheets: {
    summary: 'Summary',
    quote: 'Quote',
    assumptions: 'Assumptions',
    sizing: 'Sizing',
    hardware: 'Hardware',
    comparison: 'Comparison'
  },
  columns: {
    number: 'No.',
    category: 'Category',
    description: 'Description',
    quantity: 'Quantity',
    unit: 'Unit',
    unitPrice: 'Unit price ({currency})',
    discount: 'Discount',
    lineTotal: 'Line total ({currency})',
    section: 'Section',
    notes: 'Notes'
  },
  sections: {
    hardware: 'Hardware',
    services: 'Services',
    optional: 'Optional items (not in the total)'
  },
  categories: {
    server: 'Server',
    accelerator: 'Accelerator',
    support: 'Support and warranty',
    spareAccelerator: 'Spare accelerators',
    network: 'Network',
    storage: 'Storage',
    software: 'Software',
    installation: 'Installation',
    service: 'Service',
    other: 'Other',
    facility: 'Racks and power'
  },
  lines: {
    server: '{server}, host for {count} × {accelerator}',
    accelerator: '{accelerator} accelerator card',
    support: 'Support and warranty, {percent} % of hardware per year'
  },
  units: {
    rack: 'rack',
    server: 'server',
    card: 'card',
    year: 'year',
    item: 'item'
  },
  totals: {
    hardwareSubtotal: 'Hardware subtotal',
    servicesSubtotal: 'Services subtotal',
    subtotal: 'Subtotal',
    tax: 'Tax ({percent} %)',
    grandTotal: 'Grand total',
    optionalTotal: 'Optional items total',
    linesNeedPrice: '{n} line(s) have no price yet and are not in the totals'
  },
  marks: {
    overridden: 'changed by the user',
    priceMissing: 'no price in the catalog: enter one in the Quote step',
    priceSource: 'Price source',
    /** Shown in a price cell of a line without a price (number format's zero section). */
    priceNeededCell: 'price needed',
    linked: 'live: follows the Sizing sheet'
  },
  summary: {
    title: 'Compute plan: quote and sizing',
    plan: 'Plan',
    date: 'Date',
    company: 'Company',
    author: 'Prepared by',
    currency: 'Currency',
    headline: 'Headline figures',
    figure: 'Figure',
    value: 'Value',
    unit: 'Unit',
    acceleratorsOf: 'Accelerators: {accelerator}',
    acceleratorsTotal: 'Accelerators, all models',
    servers: 'Servers',
    racks: 'Racks',
    itPower: 'IT power',
    facilityPower: 'Facility power (IT × PUE)',
    energy: 'Energy per year',
    capex: 'Capital cost (planner estimate, incl. tax)',
    opex: 'Operating cost per year',
    tco: 'Total cost of ownership over {years} years',
    quoteTotal: 'Quote grand total',
    recommendation: 'Recommendation',
    noComparison: 'Compare mode is off: the plan uses the hardware chosen per workload.',
    mainAssumptions: 'Main assumptions',
    moreAssumptions: '… and {count} more on the Assumptions sheet.',
    notes: 'Notes',
    serversSinceSized: 'Servers changed since the cluster was sized',
    serversSinceSizedNote:
      'The network, racks and their counts were sized for the servers at export. If a change on the Assumptions sheet moves the servers, this is no longer 0: re-export the quote from Compute Planner for a new cluster sizing.',
    incompleteCost:
      'Capital cost and TCO leave out every line without a price (marked “no price” on the Quote sheet): they are lower bounds.',
    incompletePower: 'Power figures leave out accelerators without a TDP.',
    howToUse:
      'Change any blue value on the Assumptions or Sizing sheet and the sizing, the quote and these figures recalculate.'
  },
  assumptions: {
    planSettings: 'Plan settings',
    name: 'Name',
    item: 'Item',
    value: 'Value',
    unit: 'Unit',
    origin: 'Origin',
    source: 'Source',
    workload: 'Workload: {name}',
    group: 'Roll-up: {accelerator}',
    settings: {
      currency: 'Currency',
      pue: 'Power usage effectiveness (PUE)',
      taxRate: 'Tax rate',
      discount: 'Discount off list price',
      electricityPricePerKWh: 'Electricity price',
      years: 'Years of operation',
      rackPowerLimitKW: 'Rack power limit',
      exchangeRate: 'Exchange rate, {currency} per USD',
      supportRatePerYear: 'Support rate per year',
      supportYears: 'Years of support'
    },
    origins: {
      default: 'default',
      plan: 'plan override',
      workload: 'workload override',
      input: 'plan input',
      setting: 'plan setting'
    }
  },
  sizing: {
    step: 'Step',
    description: 'Description',
    formula: 'Formula',
    value: 'Value',
    unit: 'Unit',
    kind: 'Kind',
    source: 'Source',
    kinds: {
      formula: 'formula',
      lookup: 'looked-up value',
      check: 'check'
    },
    serversSinceSized: 'Servers gained since this was sized',
    serversSinceSizedNote:
      'The planner chose this structure (one switch or leaf/spine tiers, the spine count) for {servers} servers; those choices are fixed values here. 0: every count is current. Otherwise re-export the quote from Compute Planner.',
    workload: 'Workload {name} ({kind}) on {accelerator}',
    group: 'Roll-up of {accelerator}: servers, racks, power and cost',
    sumOfWorkloads: 'Sum of the accelerators of workloads {workloads}'
  },
  hardware: {
    accelerators: 'Accelerators',
    servers: 'Servers',
    fields: {
      id: 'Id',
      vendor: 'Vendor',
      name: 'Name',
      formFactor: 'Form factor',
      memoryGB: 'Memory (GB)',
      memoryBandwidthGBs: 'Memory bandwidth (GB/s)',
      fp32Tflops: 'FP32 (TFLOPS)',
      tf32Tflops: 'TF32 (TFLOPS)',
      fp16Tflops: 'FP16 (TFLOPS)',
      bf16Tflops: 'BF16 (TFLOPS)',
      fp8Tflops: 'FP8 (TFLOPS)',
      int8Tops: 'INT8 (TOPS)',
      int4Tops: 'INT4 (TOPS)',
      tdpW: 'TDP (W)',
      launchYear: 'Launch year',
      origin: 'Origin',
      price: 'List price',
      priceCurrency: 'Price currency',
      priceDate: 'Price date',
      priceSource: 'Price source',
      source: 'Source',
      acceleratorsPerServer: 'Accelerators per server',
      basePowerW: 'Host power without accelerators (W)',
      rackUnits: 'Rack units',
      usedFor: 'Used for'
    },
    origins: {
      catalog: 'catalog',
      inventory: 'inventory',
      inline: 'entered in the plan'
    },
    denseNote: 'Dense peak figures (no sparsity).'
  },
  comparison: {
    accelerator: 'Accelerator',
    vendor: 'Vendor',
    origin: 'Origin',
    accelerators: 'Accelerators',
    maxDays: 'Longest workload (days)',
    itPower: 'IT power (kW)',
    facilityPower: 'Facility power (kW)',
    capex: 'Capital cost ({currency})',
    tco: 'Total cost of ownership ({currency})',
    feasible: 'Meets constraints',
    recommended: 'Recommended',
    yes: 'yes',
    no: 'no',
    notEvaluable: 'not evaluable',
    marketLine: 'Procurement market: {market}',
    rankedBy:
      'Ranked by total cost of ownership of cards, servers, their energy and support (the cluster’s network, storage and racks are on the Quote sheet for the chosen hardware); the recommended candidate is highlighted.'
  },
  print: {
    page: 'Page {page} of {pages}'
  },
  errors: {
    estimateFailed: 'The plan could not be estimated, so no quote was written. Fix the plan first.',
    locked:
      'Could not write {file}: it is open in another program or locked. Close it and export again; the existing file was not changed.',
    permission:
      'Could not write {file}: permission denied. Choose another folder; the existing file was not changed.',
    isDirectory: 'Could not write {file}: a folder has that name.',
    noFolder: 'Could not write {file}: the folder does not exist.',
    diskFull: 'Could not write {file}: the disk is full. The existing file was not changed.',
    writeFailed: 'Could not write {file} ({detail}). The existing file was not changed.',
    badLogo: 'The company logo is not a PNG or JPEG image and was left out.'
  },
  cli: {
    written: 'Quote written to {file} (grand total {total} {currency})'
  }
}
