/** The command line's own words: the estimate table, its options and file refusals. */
export default {
  estimate: {
    usage:
      'Usage: compute-planner estimate PLAN.cplan [--inventory FILE] [--json] [--quote OUT.xlsx|OUT.csv] [--report OUT.pdf] [--lang zh-CN|en|both]',
    missingPlan: 'missing PLAN file',
    needsFile: '{option} needs a file name',
    unknownOption: 'unknown option {option}',
    unexpected: 'unexpected argument {argument}',
    badLang: '--lang takes zh-CN, en or both (got {value})',
    cannotRead: 'cannot read the file ({detail})',
    rowsRead: '{rows} rows read: {accepted} accepted, {rejected} rejected',
    notAdded: '{id} not added to the plan ({reason})',
    sparseLeftOut: '{field} left out: marked sparse and not confirmed as dense',
    columns: {
      workload: 'workload',
      kind: 'kind',
      accelerator: 'accelerator',
      cards: 'cards',
      range: 'range',
      keyFigures: 'key figures',
      servers: 'servers',
      racks: 'racks',
      itKW: 'IT kW',
      facilityKW: 'facility kW',
      capex: 'capex {currency}',
      tco: 'TCO {currency}',
      total: 'total'
    },
    partial: '(partial)',
    replicas: '{value} replicas',
    perCardGB: '{value} GB/card',
    batchPerReplica: 'batch {batch}/{max} per replica',
    perReplicaGB: '{value} GB/replica',
    perReplicaTokens: '{value} tok/s/replica',
    pfDays: '{value} PF-days',
    pflops: '{value} PFLOPS',
    streams: '{value} streams/card ({binding})',
    durationRange: 'range {low}–{high}',
    energy: 'Energy: {energy} MWh/year over {years} years.',
    linesNeedPrice:
      'Price needed: {n} line(s) of the bill of materials ({categories}) have no price, so capex and TCO (partial) leave them out. Add them to the price book (Costs step or inventory price list).',
    compare: 'Compare ({count} candidates): {reason}',
    best: '{name}: {cards} cards, TCO {tco}',
    notes: 'Notes:'
  },
  file: {
    tooLarge: '{size} MB is over the limit of {limit} MB; nothing was read.',
    notAFile: 'not a regular file',
    missing: 'the file does not exist'
  }
}
