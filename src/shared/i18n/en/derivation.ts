/** The derivation panel: input labels the core names in its derivations, and panel words. */
export default {
  inputs: {
    tokensGiven: 'Training tokens (you entered)',
    acceleratorsGiven: 'Accelerators (you entered)',
    acceleratorsNeeded: 'Accelerators the workloads need',
    quantityOnHand: 'Accelerators on hand',
    groupServersNodes: 'Servers of card model {n}',
    groupServersFrontPorts: 'North–south ports per server of card model {n}',
    acceleratorPriceRate: 'Exchange rate of the card price’s currency (per USD)',
    planCurrencyRate: 'Exchange rate of the plan currency (per USD)',
    serverPriceRate: 'Exchange rate of the server price’s currency (per USD)',
    topsPerStreamGiven: 'TOPS per stream (you entered)',
    parallelRunsGiven: 'Runs in parallel (you entered)',
    acceleratorHoursGiven: 'Accelerator-hours (you entered)',
    totalFlopsGiven: 'Total FLOPs (you entered)',
    corpusGigabytes: 'Corpus size'
  },
  arithmetic: 'With the numbers',
  sumOver: 'Sum over the card models of {name}',
  youEntered: 'you entered',
  fromSettings: 'plan setting'
}
