/**
 * Plan roll-up per accelerator model: cards → servers → racks (rack power limit) → IT and
 * facility power (× PUE) → energy per year → capex, opex and TCO in the plan currency.
 */
import type { AssumptionOverrides, Currency, PlanSettings } from '../schema/plan'
import { assumptionValue, resolveAssumption, type AssumptionId } from './assumptions'
import type { Catalog, ServerSpec } from './catalog'
import type { ClusterResult, CostCategory, PartRole } from './cluster'
import { Derivation, slotTableFor, type Step } from './derivation'
import type { LineText } from '../quote/text'
import type { Note, ResolvedAccelerator } from './workloads/context'
import { hasSchedule, recordPool, type PoolSizing, type PoolUse } from './pooling'
import { chooseCompleteSystem, recordSystemCapex } from './complete-system'
import { recordPlanCurrencyPrice } from './plan-currency-price'

export interface AcceleratorGroup {
  acceleratorId: string
  acceleratorName: string
  /** The card's Chinese name (catalog `nameZh`), shown under zh-CN; absent: `acceleratorName`. */
  acceleratorNameZh?: string
  workloadIds: string[]
  accelerators: number
  quantityOnHand: number
  acceleratorsToBuy: number
  /** `nameZh`: the catalog's Chinese name, for lines shown in Chinese. */
  server: { id: string; name: string; nameZh?: string; acceleratorsPerServer: number }
  /** Bought as the vendor's complete system (core/complete-system.ts): one line, cards inside. */
  completeSystem?: { id: string; name: string; nameZh?: string; accelerators: number }
  servers: number
  /** One server's draw (cards + host), what the rack power limit is checked against. */
  serverPowerKW: number | null
  serversPerRack: number | null
  racks: number | null
  itPowerKW: number | null
  facilityPowerKW: number | null
  energyMWhPerYear: number | null
  capex: number | null
  opexPerYear: number | null
  tco: number | null
  steps: Step[]
  fieldSteps: Record<string, string>
  warnings: Note[]
  /** When some workload is scheduled: the sum of peaks and the pooled size (core/pooling.ts). */
  pool?: PoolSizing
}

export interface PlanTotals {
  currency: Currency
  years: number
  accelerators: number
  servers: number
  racks: number | null
  itPowerKW: number | null
  facilityPowerKW: number | null
  energyMWhPerYear: number | null
  capex: number | null
  opexPerYear: number | null
  tco: number | null
  /** False when some accelerator has no TDP (power figures cover the rest only). */
  powerComplete: boolean
  /** False when some accelerator has no price (cost figures cover the rest only). */
  costComplete: boolean
  byAccelerator: AcceleratorGroup[]
  /** The whole cluster behind the groups (absent when `settings.cluster.enabled` is false). */
  cluster?: ClusterResult
  /** The bill of materials: every quote line with its count and price (with the cluster). */
  bom?: BillOfMaterials
  /** Plan-level power, capex, opex and TCO steps (with the cluster). */
  costSteps?: Step[]
  /** The accelerator groups' own power and energy (the plan figures add the cluster's). */
  groupsPower?: { itPowerKW: number | null; energyMWhPerYear: number | null }
}

export interface BomLine {
  id: string
  category: string
  /** What the part does in the cluster; `roleText` names it in both languages. */
  role: PartRole
  roleText: { en: string; 'zh-CN': string }
  costCategory: CostCategory
  section: 'hardware' | 'services' | 'optional'
  description: LineText
  quantity: number
  unitPrice: number
  lineTotal: number
  priceMissing: boolean
  /** Where the quantity comes from: a cluster section and step, an accelerator group step. */
  quantityFrom?: { section: string; step: string }
  /** A line of one part in one role counted in several sections: the quantity is their sum. */
  quantityFromAll?: { section: string; step: string }[]
}

export interface BillOfMaterials {
  currency: Currency
  lines: BomLine[]
  byCategory: Record<CostCategory, number>
  hardwareSubtotal: number
  servicesSubtotal: number
  taxRate: number
  tax: number
  grandTotal: number
  optionalTotal: number
  /** Lines of the quote proper still without a price (the totals leave them out). */
  priceMissingLines: number
  /** Lines of the quote proper (hardware and services). */
  quotedLines: number
}

export interface RollupDemand {
  accelerator: ResolvedAccelerator
  workloadId: string
  accelerators: number
  /** How it uses the shared pool (pooling.ts); absent: always on, busy all day. */
  pool?: PoolUse
}

const FALLBACK_SERVER = 'generic-pcie-8-card'
const ROLLUP_SLOTS = slotTableFor('rollup')

export type ServerMisfit = 'formFactor' | 'vendor' | 'architecture' | 'power'

// A loop, not `some` with a closure: every card × workload of compare mode asks this.
function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (text.startsWith(prefix)) return true
  return false
}

/** Why `server` cannot hold this card (form factor, vendor, architecture, power), or null. */
export function serverMisfit(
  server: ServerSpec,
  accelerator: ResolvedAccelerator
): ServerMisfit | null {
  const spec = accelerator.spec
  const match = server.match
  if (!match.formFactorClasses.includes(spec.formFactorClass ?? 'pcie')) return 'formFactor'
  if (match.vendors && !startsWithAny(spec.vendor, match.vendors)) return 'vendor'
  if (match.architectures && !match.architectures.includes(spec.architecture ?? ''))
    return 'architecture'
  if (
    server.maxAcceleratorTdpW !== undefined &&
    spec.tdpW !== undefined &&
    spec.tdpW > server.maxAcceleratorTdpW
  )
    return 'power'
  return null
}

/**
 * The server a card goes into: the planner's choice for this accelerator group, else the
 * plan-wide choice, else the first catalog server that fits. A chosen chassis that does not
 * fit the card is refused with a note saying why (issue 19: 910B modules were put into a
 * PCIe inference chassis without a word).
 */
export function chooseServer(
  catalog: Catalog,
  settings: PlanSettings,
  accelerator: ResolvedAccelerator,
  warnings: Note[] = []
): ServerSpec {
  const wanted = settings.serverByAccelerator?.[accelerator.id] ?? settings.server
  if (wanted !== 'auto') {
    const chosen = catalog.servers.get(wanted)
    if (chosen) {
      const misfit = serverMisfit(chosen, accelerator)
      if (misfit === null) return chosen
      warnings.push({
        key: `cluster.serverRefused.${misfit}`,
        params: { server: chosen.name, accelerator: accelerator.spec.name, reason: misfit }
      })
    }
  }
  for (const server of catalog.servers.values()) {
    if (serverMisfit(server, accelerator) === null) return server
  }
  const fallback = catalog.servers.get(FALLBACK_SERVER) ?? catalog.servers.values().next().value
  if (!fallback) throw new Error('catalog has no servers')
  return fallback
}

/**
 * A plan-wide assumption into `d`. Numbers only when not recording (compare mode rolls up
 * one group per workload × card): the same value, without building its citation.
 */
function useAssumption(
  d: Derivation,
  id: AssumptionId,
  overrides: AssumptionOverrides | undefined,
  record: boolean
): number {
  const sources = { plan: overrides }
  if (!record) {
    const value = assumptionValue(id, {}, sources, 'typical')
    if (value === undefined) throw new Error(`assumption ${id} unresolved`)
    return d.assumption(id, value, '', '')
  }
  const resolved = resolveAssumption(id, {}, sources, 'typical')
  if (!resolved) throw new Error(`assumption ${id} unresolved`)
  return d.assumption(id, resolved.value, resolved.unit, resolved.source)
}

export function rollupGroup(
  demand: RollupDemand[],
  catalog: Catalog,
  settings: PlanSettings,
  overrides: AssumptionOverrides | undefined,
  record = true
): AcceleratorGroup {
  const accelerator = demand[0].accelerator
  const spec = accelerator.spec
  const warnings: Note[] = []
  const server = chooseServer(catalog, settings, accelerator, warnings)
  const system = chooseCompleteSystem(server, accelerator, settings, warnings)
  const d = new Derivation(record, 'core.steps', ROLLUP_SLOTS)
  // Field → step links point into the recorded steps: none without them (as in Calc.field).
  const fieldSteps: Record<string, string> = {}
  const field = (path: string, id: string) => {
    if (record) fieldSteps[path] = id
  }
  // Without a form factor class the card is put in a generic PCIe server: say so.
  if (settings.server === 'auto' && spec.formFactorClass === undefined)
    warnings.push({
      key: 'sanity.genericServerClass',
      params: { accelerator: spec.name, server: server.name }
    })

  // A spread only where there is a pool: V8 builds a literal with a spread key by key.
  const members = demand.map(({ workloadId, accelerators, pool }) =>
    pool ? { workloadId, accelerators, ...pool } : { workloadId, accelerators }
  )
  // Scheduled workloads share a pool (pooling.ts); without schedules the peaks add, as before.
  const pool = hasSchedule(members) ? recordPool(d, members, warnings) : undefined
  if (pool) field('sumOfPeakAccelerators', 'sumOfPeakAccelerators')
  else
    d.input(
      'acceleratorsNeeded',
      demand.reduce((sum, x) => sum + x.accelerators, 0),
      'accelerators'
    )
  d.input('quantityOnHand', accelerator.quantityOnHand ?? 0, 'accelerators')
  d.formula('acceleratorsToBuy', 'max(0, acceleratorsNeeded - quantityOnHand)', 'accelerators')
  field('acceleratorsToBuy', 'acceleratorsToBuy')
  d.lookup(
    'acceleratorsPerServer',
    server.acceleratorsPerServer,
    'accelerators/server',
    `${server.name}: ${server.source}`
  )
  const servers = d.formula(
    'servers',
    'ceil(acceleratorsNeeded / acceleratorsPerServer)',
    'servers'
  )
  field('servers', 'servers')
  d.formula('serversToBuy', 'ceil(acceleratorsToBuy / acceleratorsPerServer)', 'servers')

  // ---- power
  let itPowerKW: number | null = null
  let facilityPowerKW: number | null = null
  let energy: number | null = null
  let racks: number | null = null
  let serversPerRack: number | null = null
  let serverPowerKW: number | null = null
  d.input('pue', settings.pue, 'ratio')
  if (spec.tdpW !== undefined) {
    d.lookup('tdpW', spec.tdpW, 'W', `${spec.name} tdpW: ${spec.source ?? 'user entry'}`)
    d.lookup('serverBasePowerW', server.basePowerW, 'W', `${server.name}: ${server.source}`)
    serverPowerKW = d.formula(
      'serverPowerKW',
      '(acceleratorsPerServer * tdpW + serverBasePowerW) / 1000',
      'kW'
    )
    d.input('rackPowerLimitKW', settings.rackPowerLimitKW, 'kW')
    serversPerRack = d.formula(
      'serversPerRack',
      'max(1, floor(rackPowerLimitKW / serverPowerKW))',
      'servers/rack'
    )
    if (d.value('serverPowerKW') > settings.rackPowerLimitKW)
      warnings.push({
        key: 'core.warnings.serverExceedsRack',
        params: { server: server.name, kw: Math.round(d.value('serverPowerKW') * 10) / 10 }
      })
    racks = d.formula('racks', 'ceil(servers / serversPerRack)', 'racks')
    itPowerKW = d.formula(
      'itPowerKW',
      '(acceleratorsNeeded * tdpW + servers * serverBasePowerW) / 1000',
      'kW'
    )
    facilityPowerKW = d.formula('facilityPowerKW', 'itPowerKW * pue', 'kW')
    useAssumption(d, 'averagePowerFraction', overrides, record)
    energy = pool
      ? d.formula(
          'energyMWhPerYear',
          '(activeAcceleratorHoursPerYear * tdpW + servers * serverBasePowerW * hoursPerYear) * averagePowerFraction * pue / 1000000',
          'MWh/year'
        )
      : d.formula(
          'energyMWhPerYear',
          'itPowerKW * averagePowerFraction * 8760 * pue / 1000',
          'MWh/year'
        )
    field('serversPerRack', 'serversPerRack')
    field('racks', 'racks')
    field('itPowerKW', 'itPowerKW')
    field('facilityPowerKW', 'facilityPowerKW')
    field('energyMWhPerYear', 'energyMWhPerYear')
  } else {
    warnings.push({ key: 'core.warnings.noTdp', params: { accelerator: spec.name } })
  }

  // ---- cost
  let capex: number | null = null
  let opex: number | null = null
  let tco: number | null = null
  if (system) {
    capex = recordSystemCapex(d, system, settings, warnings)
  } else if (spec.price !== undefined) {
    d.lookup(
      'acceleratorListPrice',
      netPrice(spec.price, settings.taxRate),
      spec.price.currency,
      spec.price.source ?? spec.source ?? 'user entry'
    )
    recordPlanCurrencyPrice(
      d,
      { list: 'acceleratorListPrice', rate: 'acceleratorPriceRate', unit: 'acceleratorUnitPrice' },
      spec.price.currency,
      settings
    )
    d.lookup(
      'serverListPrice',
      netPrice(server.price, settings.taxRate),
      server.price.currency,
      server.price.source ?? server.source
    )
    recordPlanCurrencyPrice(
      d,
      { list: 'serverListPrice', rate: 'serverPriceRate', unit: 'serverUnitPrice' },
      server.price.currency,
      settings
    )
    d.input('discount', settings.discount, 'fraction')
    d.input('taxRate', settings.taxRate, 'fraction')
    capex = d.formula(
      'capex',
      '(acceleratorsToBuy * acceleratorUnitPrice + serversToBuy * serverUnitPrice) * (1 - discount) * (1 + taxRate)',
      settings.currency
    )
  } else {
    warnings.push({ key: 'core.warnings.noPrice', params: { accelerator: spec.name } })
  }
  if (capex !== null) {
    field('capex', 'capex')
    useAssumption(d, 'maintenanceFractionPerYear', overrides, record)
    d.input('electricityPricePerKWh', settings.electricityPricePerKWh, `${settings.currency}/kWh`)
    if (energy !== null) {
      opex = d.formula(
        'opexPerYear',
        'energyMWhPerYear * 1000 * electricityPricePerKWh + capex * maintenanceFractionPerYear',
        `${settings.currency}/year`
      )
      d.input('years', settings.years, 'years')
      tco = d.formula('tco', 'capex + opexPerYear * years', settings.currency)
      field('opexPerYear', 'opexPerYear')
      field('tco', 'tco')
    }
  }

  // Optional fields are written as undefined, not spread in: a spread makes V8 build the
  // rest of the literal key by key (compare mode rolls up one group per workload × card).
  // JSON leaves undefined fields out, so the result reads the same.
  return {
    acceleratorId: accelerator.id,
    acceleratorName: spec.name,
    acceleratorNameZh: spec.nameZh,
    workloadIds: demand.map((x) => x.workloadId),
    accelerators: d.value('acceleratorsNeeded'),
    quantityOnHand: d.value('quantityOnHand'),
    acceleratorsToBuy: d.value('acceleratorsToBuy'),
    server: {
      id: server.id,
      name: server.name,
      nameZh: server.nameZh,
      acceleratorsPerServer: server.acceleratorsPerServer
    },
    completeSystem: system
      ? {
          id: system.id,
          name: system.name,
          nameZh: system.nameZh,
          accelerators: system.accelerators
        }
      : undefined,
    servers,
    serverPowerKW,
    serversPerRack,
    racks,
    itPowerKW,
    facilityPowerKW,
    energyMWhPerYear: energy,
    capex,
    opexPerYear: opex,
    tco,
    steps: d.steps,
    fieldSteps,
    warnings,
    pool
  }
}

type GroupFigure =
  'racks' | 'itPowerKW' | 'facilityPowerKW' | 'energyMWhPerYear' | 'capex' | 'opexPerYear' | 'tco'

/** The sum of the groups' known figures (null when none is known), in group order. */
function sumOrNull(groups: readonly AcceleratorGroup[], figure: GroupFigure): number | null {
  let sum: number | null = null
  for (const g of groups) {
    const v = g[figure]
    // 0 + v first, as the reduce this replaces did (keeps −0 and every sum bit for bit).
    if (v !== null) sum = (sum ?? 0) + v
  }
  return sum
}

export function rollupPlan(
  demand: RollupDemand[],
  catalog: Catalog,
  settings: PlanSettings,
  overrides: AssumptionOverrides | undefined,
  record = true
): PlanTotals {
  const groups = new Map<string, RollupDemand[]>()
  for (const item of demand) {
    const list = groups.get(item.accelerator.id) ?? []
    list.push(item)
    groups.set(item.accelerator.id, list)
  }
  const byAccelerator = [...groups.values()].map((items) =>
    rollupGroup(items, catalog, settings, overrides, record)
  )
  return {
    currency: settings.currency,
    years: settings.years,
    accelerators: byAccelerator.reduce((sum, g) => sum + g.accelerators, 0),
    servers: byAccelerator.reduce((sum, g) => sum + g.servers, 0),
    racks: sumOrNull(byAccelerator, 'racks'),
    itPowerKW: sumOrNull(byAccelerator, 'itPowerKW'),
    facilityPowerKW: sumOrNull(byAccelerator, 'facilityPowerKW'),
    energyMWhPerYear: sumOrNull(byAccelerator, 'energyMWhPerYear'),
    capex: sumOrNull(byAccelerator, 'capex'),
    opexPerYear: sumOrNull(byAccelerator, 'opexPerYear'),
    tco: sumOrNull(byAccelerator, 'tco'),
    powerComplete: byAccelerator.every((g) => g.itPowerKW !== null),
    costComplete: byAccelerator.every((g) => g.tco !== null),
    byAccelerator
  }
}

/**
 * The price before VAT: a tax-inclusive amount (an imported 含税单价) divided by (1 + the plan's
 * tax rate), so capex and the quote, which adds the tax rate on top, count VAT once.
 */
export function netPrice(
  price: { amount: number; taxIncluded?: boolean },
  taxRate: number
): number {
  return price.taxIncluded === true ? price.amount / (1 + taxRate) : price.amount
}
