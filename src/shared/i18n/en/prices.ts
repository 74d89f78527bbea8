/** The Costs step's price book (issue 13 Costs step, issue 15 Prices). */
export default {
  title: 'Prices',
  lead: 'Every card, server and cluster part the plan can buy, with the price the calculation uses. Type your own price to replace the catalog’s or a sheet’s; a price never adds a card to your inventory.',
  classes: {
    accelerator: 'Accelerators',
    server: 'Servers',
    switch: 'Switches',
    nic: 'Network adapters',
    transceiver: 'Transceivers',
    cable: 'Cables',
    storage: 'Storage',
    managementNode: 'Management / login nodes',
    rack: 'Racks',
    pdu: 'Rack PDUs',
    service: 'Services',
    other: 'Other prices in this plan'
  },
  columns: {
    part: 'Part',
    inUse: 'Price used',
    yourPrice: 'Your price',
    currency: 'Currency',
    taxIncluded: 'Incl. VAT',
    date: 'Date',
    source: 'Source'
  },
  from: {
    priceBook: 'your price',
    inventory: 'from your hardware list',
    compare: 'typed in compare',
    catalog: 'catalog reference'
  },
  userSource: 'Price entered in this plan',
  priceNeeded: 'price needed',
  amountPlaceholder: 'type a price',
  datePlaceholder: 'e.g. 2026-11',
  sourcePlaceholder: 'e.g. vendor quote',
  reset: 'Reset',
  resetFor: 'Reset the price of {name}',
  priceFor: 'Your price for {name}',
  currencyFor: 'Currency of the price of {name}',
  taxFor: 'The price of {name} includes VAT',
  dateFor: 'Date of the price of {name}',
  sourceFor: 'Source of the price of {name}',
  onHand: '{count} on hand',
  candidate: 'compare candidate',
  installation: 'Installation, cabling and commissioning',
  installationHelp: 'A share of the hardware subtotal; left empty, the quote shows “price needed”.',
  empty: 'Add a workload to see the prices it needs.'
}
