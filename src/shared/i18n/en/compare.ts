// Messages for compare mode, availability per market and the report. Keep keys in step with
// ../zh-CN/compare.ts (typecheck enforces the shape). Core notes refer to compare.reasons.*,
// compare.passes.*, compare.cautions.*, compare.recommendation.*, compare.quote.*.
export default {
  reasons: {
    notEvaluable: '{workload}: cannot be evaluated',
    memory: '{workload}: needs {value} GB per card > {limit} GB on the card',
    ttft: '{workload}: TTFT {value} ms > {limit} ms',
    tpot: '{workload}: TPOT {value} ms > {limit} ms',
    deadline: 'Takes {valueDays} > {limit}-day deadline',
    deadlineUnknown: 'Duration unknown: the {limit}-day deadline cannot be checked',
    budget: 'Capex {value} {currency} > budget {limit} {currency}',
    budgetUnknown: 'No price: the budget of {limit} cannot be checked',
    powerCap: 'Facility power {value} kW > power cap {limit} kW',
    powerCapUnknown: 'No TDP: the {limit} kW power cap cannot be checked',
    rackPower: 'One {server} draws {value} kW > rack limit {limit} kW',
    notSold: 'Not sold in the procurement market',
    restricted: {
      'mainland-china': 'Restricted in mainland China since {date}',
      'rest-of-world': 'Restricted outside China since {date}'
    },
    discontinued: {
      'mainland-china': 'Discontinued in mainland China since {date}',
      'rest-of-world': 'Discontinued outside China since {date}'
    }
  },
  passes: {
    ttft: '{workload}: TTFT {value} ms ≤ {limit} ms',
    tpot: '{workload}: TPOT {value} ms ≤ {limit} ms',
    deadline: 'Takes {valueDays} ≤ {limit}-day deadline',
    budget: 'Capex {value} {currency} ≤ budget {limit} {currency}',
    powerCap: 'Facility power {value} kW ≤ power cap {limit} kW'
  },
  cautions: {
    unknown: {
      'mainland-china': 'Availability in mainland China unknown: check with the supplier',
      'rest-of-world': 'Availability outside China unknown: check with the supplier'
    },
    note: 'Availability note: {note}',
    asCompleteSystem:
      'Priced as the complete system {system}: the plan buys complete systems for this comparison',
    noCompleteSystem:
      'The plan buys complete systems here, but the catalog sells {accelerator} only as cards: priced as cards + server'
  },
  recommendation: {
    cheapest:
      '{name} is the cheapest candidate (TCO {tco} {currency}) that meets every target for {group}.',
    none: 'No priced candidate meets every target for {group}.',
    notRanked:
      '{total} of {candidates} candidates not ranked: {infeasible} miss a target, {excluded} cannot be bought in the procurement market, {noPrice} need a price, {notEvaluable} cannot run the workload.',
    perGroup: 'Compared per workload group: {recommended} of {groups} groups have a recommendation.'
  },
  quote: {
    agrees: 'The quote prices the recommended {recommended} for {group}.',
    disagrees:
      'The quote prices {quoted} for {group} (the plan’s choice), not the recommended {recommended}: apply the recommendation on the Hardware step to quote it.'
  },
  markets: {
    none: 'Not set (no market check)',
    'mainland-china': 'Mainland China',
    'rest-of-world': 'Rest of world'
  },
  statuses: {
    available: 'Available',
    restricted: 'Restricted',
    discontinued: 'Discontinued',
    unknown: 'Unknown'
  },
  groupings: {
    workload: 'Each workload on its own',
    kind: 'Workloads of one kind together',
    plan: 'The whole plan on one card'
  },
  ui: {
    market: 'Procurement market',
    marketHelp:
      'Candidates that cannot be bought there are excluded from the recommendation and shown greyed.',
    grouping: 'Compare',
    title: 'Comparison',
    group: 'Workloads: {group}',
    filter: 'Filter candidates',
    onlyFeasible: 'Feasible only',
    exportCsv: 'Export CSV',
    exportReport: 'Export report (PDF)',
    pin: 'Pin',
    unpin: 'Unpin',
    pinnedTitle: 'Side by side',
    costScope:
      'Capex and TCO here count each candidate’s cards, servers, their energy and support; the whole cluster’s network, storage, racks and services are sized for the hardware the plan uses and priced in Results’ bill of materials.',
    pinHelp:
      'Pin 2–4 candidates to see their full plans column by column; differences are highlighted.',
    priceNeeded: 'price needed',
    setPrice: 'Price per card ({currency})',
    savePrice: 'Set',
    recommended: 'Recommended',
    applyRecommendation: 'Apply to these workloads',
    override: 'Override availability',
    overrideStatus: 'Status',
    overrideDate: 'Date (YYYY-MM-DD)',
    overrideSave: 'Save',
    overridden: 'planner’s entry',
    source: 'Source',
    yes: 'yes',
    no: 'no',
    none: '—',
    noCandidates: 'No candidate matches the filter.'
  },
  columns: {
    candidate: 'Candidate',
    vendor: 'Vendor',
    group: 'Workloads',
    cards: 'Cards',
    servers: 'Servers',
    split: 'Split TP×PP×EP',
    replicas: 'Replicas',
    ttft: 'TTFT (ms)',
    tpot: 'TPOT (ms)',
    days: 'Training time',
    /** The training-time column of a table of numbers (CSV, workbook), with its unit. */
    daysIn: 'Training time ({unit})',
    itKW: 'IT kW',
    capex: 'Capex ({currency})',
    tco: 'TCO ({currency})',
    feasible: 'Feasible',
    availability: 'Availability',
    reasons: 'Reasons'
  },
  report: {
    title: 'Compute plan report',
    plan: 'Plan',
    company: 'Company',
    author: 'Author',
    date: 'Date',
    summary: 'Plan summary',
    workloads: 'Workloads',
    recommendation: 'Recommendation and why',
    comparison: 'Comparison',
    charts: 'Charts',
    tcoChart: 'TCO of the ranked candidates ({currency})',
    assumptions: 'Assumptions and sources',
    derivation: 'How the headline figures are derived',
    totals: 'Totals',
    accelerators: 'Accelerators',
    servers: 'Servers',
    racks: 'Racks',
    itPower: 'IT power (kW)',
    facilityPower: 'Facility power (kW)',
    capex: 'Capex ({currency})',
    opex: 'Opex per year ({currency})',
    tco: 'TCO over {years} years ({currency})',
    workload: 'Workload',
    kind: 'Kind',
    hardware: 'Hardware',
    value: 'Value',
    unit: 'Unit',
    source: 'Source',
    step: 'Step',
    formula: 'Formula',
    noCompare: 'Compare mode is off: the plan is sized on the hardware chosen for each workload.',
    page: 'Page {page} of {pages}',
    noEngine:
      'No PDF engine found: install Chromium (or set CHROMIUM_PATH to a Chromium or Chrome executable) to export the report.',
    written: 'Report written to {path}'
  }
}
