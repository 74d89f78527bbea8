// Complete systems (core/complete-system.ts): a server sold with its accelerators inside, as
// one quote line. Keep keys in step with ../zh-CN/systems.ts.
export default {
  steps: {
    systemsToBuy: 'Complete systems to buy (cards inside; cards on hand count in whole systems)',
    systemListPrice: 'Complete system price (accelerators included)',
    systemUnitPrice: 'Complete system price in plan currency'
  },
  inputs: {
    systemPriceRate: 'Exchange rate of the system price currency'
  },
  /** The quote / bill-of-materials line of one complete system. */
  line: '{system} ({count} × {accelerator}), complete system',
  warnings: {
    notSoldAsSystem:
      '{server} is not sold as a complete system: {accelerator} is quoted as cards plus chassis.',
    otherAccelerator:
      '{system} does not ship with {accelerator}: quoted as cards plus chassis instead.',
    noSystemPrice:
      'No public price for the complete system {system}: enter the price from your quote on the Costs step.'
  },
  choice: {
    title: 'How to buy',
    hint: 'The vendor also sells this server as a complete system with the accelerators inside: one line per system on the quote.',
    parts: 'Cards + chassis',
    system: 'Complete systems ({system})',
    group: '{accelerator} in {server}'
  },
  /** Results' breakdown and the Hardware sheet: what a complete-system group buys, and its price basis. */
  bought: {
    basis: 'complete system: {count} cards inside its price',
    sheetName: '{system} (complete system: {count} cards inside its price)',
    priceNeeded: 'price needed: enter it on the Costs step'
  }
}
