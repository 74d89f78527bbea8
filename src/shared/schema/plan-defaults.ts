/**
 * A plan file's identity and the values a new plan starts with, without zod: the renderer
 * paints its first screen around a blank plan before the schema (and zod) has loaded.
 * schema/plan.ts builds its `.default()`s from these same constants, and a test checks that
 * `blankPlan()` equals what the schema itself makes of an empty plan.
 */
import type { PlanDocument } from './plan'

export const PLAN_FORMAT = 'compute-planner/plan' as const
export const PLAN_VERSION = 1

/** Currency units per 1 USD; editable because offline users set their own rates. */
export const DEFAULT_EXCHANGE_RATES = { USD: 1, CNY: 7.2, EUR: 0.92 } as const

/** A new plan's costs and roll-up settings (each editable on the Costs step). */
export const PLAN_SETTINGS_DEFAULTS = {
  currency: 'CNY',
  pue: 1.3,
  /** In the plan currency, per kWh. */
  electricityPricePerKWh: 0.8,
  years: 5,
  taxRate: 0,
  /** Fraction off list price, 0..1. */
  discount: 0,
  rackPowerLimitKW: 20,
  /** 'auto' picks a catalog server by form factor. */
  server: 'auto'
} as const

/** A fresh plan with every default the schema defines. */
export function blankPlan(name = ''): PlanDocument {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name,
    workloads: [],
    settings: { ...PLAN_SETTINGS_DEFAULTS, exchangeRates: { ...DEFAULT_EXCHANGE_RATES } },
    constraints: {},
    compare: { enabled: false, candidates: [] }
  }
}
