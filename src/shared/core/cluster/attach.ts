/**
 * Adds the whole cluster to a plan's roll-up: sizes it, prices every line through the
 * quote (the one place that turns counts and prices into money), and replaces the plan's
 * power, capex, opex and TCO with figures that include everything bought.
 */
import { computeQuoteLines, roleText } from '../../quote/lines'
import type { PlanDocument } from '../../schema/plan'
import { quoteEditsSchema, type QuoteEdits } from '../../schema/quote'
import type { Catalog } from '../catalog'
import type { EstimateResult, WorkloadEstimate } from '../estimate'
import type { BillOfMaterials, PlanTotals } from '../rollup'
import { sizeCluster } from './index'
import { COST_CATEGORIES, type CostCategory } from './parts'
import { planCosts } from './plan-costs'

export function attachCluster(
  plan: PlanDocument,
  totals: PlanTotals,
  workloads: readonly WorkloadEstimate[],
  catalog: Catalog
): void {
  if (plan.settings.cluster?.enabled === false) return
  const cluster = sizeCluster({
    groups: totals.byAccelerator,
    workloads,
    catalog,
    rackPowerLimitKW: plan.settings.rackPowerLimitKW,
    ...(plan.settings.cluster ? { options: plan.settings.cluster } : {})
  })
  totals.cluster = cluster
  totals.groupsPower = {
    itPowerKW: totals.itPowerKW,
    energyMWhPerYear: totals.energyMWhPerYear
  }
  applyQuote(plan, totals, plan.quote ?? quoteEditsSchema.parse({}))
}

/**
 * The estimate as the quote with these edits prices it: the plan's capex, opex and TCO follow
 * the quote's lines (an export may carry edits the estimated plan did not). Returns a copy.
 */
export function withQuoteEdits(
  plan: PlanDocument,
  estimate: EstimateResult,
  edits: QuoteEdits
): EstimateResult {
  const totals = estimate.totals
  if (!totals?.cluster) return estimate
  const copy: PlanTotals = { ...totals }
  applyQuote(plan, copy, edits)
  return { ...estimate, totals: copy }
}

function applyQuote(plan: PlanDocument, totals: PlanTotals, edits: QuoteEdits): void {
  const cluster = totals.cluster
  if (!cluster) return
  const quote = computeQuoteLines(
    plan,
    { ok: true, issues: [], workloads: [], totals, compare: null },
    edits
  )
  const byCategory = Object.fromEntries(COST_CATEGORIES.map((c) => [c, 0])) as Record<
    CostCategory,
    number
  >
  for (const line of quote.lines)
    if (line.section !== 'optional') byCategory[line.costCategory] += line.lineTotal
  const bom: BillOfMaterials = {
    currency: quote.currency,
    lines: quote.lines.map((line) => ({
      id: line.id,
      category: line.category,
      role: line.role,
      roleText: roleText(line.role),
      costCategory: line.costCategory,
      section: line.section,
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      lineTotal: line.lineTotal,
      priceMissing: line.priceMissing,
      ...(line.quantitySource.kind === 'clusterStep'
        ? { quantityFrom: { section: line.quantitySource.section, step: line.quantitySource.step } }
        : line.quantitySource.kind === 'clusterSteps'
          ? { quantityFromAll: line.quantitySource.refs }
          : line.quantitySource.kind === 'groupStep'
            ? {
                quantityFrom: {
                  section: `group:${totals.byAccelerator[line.quantitySource.ref.group].acceleratorId}`,
                  step: line.quantitySource.ref.step
                }
              }
            : {})
    })),
    byCategory,
    hardwareSubtotal: quote.totals.hardwareSubtotal,
    servicesSubtotal: quote.totals.servicesSubtotal,
    taxRate: quote.totals.taxRate,
    tax: quote.totals.tax,
    grandTotal: quote.totals.grandTotal,
    optionalTotal: quote.totals.optionalTotal,
    priceMissingLines: quote.totals.priceMissingLines,
    quotedLines: quote.totals.quotedLines
  }
  totals.bom = bom
  // A capital cost that leaves out unpriced lines (network, storage, racks…) is a lower bound:
  // every consumer (summary, CLI, workbook) then says so instead of showing it as the cost.
  totals.costComplete =
    totals.byAccelerator.every((g) => g.tco !== null) && bom.priceMissingLines === 0
  const costs = planCosts(
    totals.groupsPower ?? { itPowerKW: null, energyMWhPerYear: null },
    cluster.infrastructurePowerKW,
    {
      hardwareSubtotal: quote.totals.hardwareSubtotal,
      servicesSubtotal: quote.totals.servicesSubtotal,
      grandTotal: quote.totals.grandTotal,
      // No accelerator priced: no capital cost at all (a total of servers and cables alone
      // would read as the price of the plan).
      pricedLines: totals.byAccelerator.every((g) => g.capex === null)
        ? 0
        : quote.lines.filter((l) => !l.priceMissing && l.section !== 'optional').length
    },
    plan.settings,
    plan.assumptionOverrides
  )
  totals.costSteps = costs.steps
  totals.itPowerKW = costs.itPowerKW
  totals.facilityPowerKW = costs.facilityPowerKW
  totals.energyMWhPerYear = costs.energyMWhPerYear
  totals.capex = costs.capex
  totals.opexPerYear = costs.opexPerYear
  totals.tco = costs.tco
  totals.racks = cluster.racks
}
