// Messages for platform sizing by a target dense compute (custom workload, `targetPflops`,
// #19): derivation steps, formula descriptions and the form. Keep keys in step with
// ../zh-CN/sizing.ts.
export default {
  steps: {
    targetPflops: 'Target dense compute',
    deliveredPflops: 'Dense compute of the cards bought'
  },
  formulas: {
    pflopsCards:
      'target dense PFLOP/s × 1000 ÷ the card’s dense peak at this precision, rounded up',
    pflopsDelivered: 'dense peak of the cards bought (≥ the target)',
    pflopsYear: 'provisioned capacity runs all year',
    pflopsFlops: 'dense peak FLOPs provisioned over a year of card-hours'
  },
  figures: {
    targetPflops: 'Target dense compute',
    deliveredPflops: 'Dense compute delivered'
  },
  fields: {
    source: 'Target compute',
    targetPflops: 'Target dense compute',
    targetPflopsHelp:
      'Platform sizing: the cards whose dense peak at the chosen precision adds up to this figure (no utilisation factor, as tenders count peak).',
    delivered: 'Delivers {pflops} PFLOP/s on {cards} cards'
  }
}
