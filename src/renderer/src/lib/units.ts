/**
 * Display-unit conversions for form fields. The plan stores one canonical unit per field
 * (decimal GB, plain token counts, days); the user may type in another and see both.
 * These are definitions of units (10^9 vs 2^30 bytes), not sizing formulas: every
 * estimate still comes from the core over IPC.
 */
export interface DisplayUnit {
  id: string
  /** i18n key under wizard.units, or a literal symbol when `literal` is true. */
  label: string
  /** Canonical value = displayed value × factor. */
  factor: number
}

export const BYTES_PER_GB = 1e9
export const BYTES_PER_GIB = 2 ** 30

export const UNIT_FAMILIES = {
  /** Canonical: decimal GB (10^9 bytes). */
  memory: [
    { id: 'GB', label: 'GB', factor: 1 },
    { id: 'GiB', label: 'GiB', factor: BYTES_PER_GIB / BYTES_PER_GB },
    { id: 'TB', label: 'TB', factor: 1000 }
  ],
  /** Canonical: tokens. */
  tokens: [
    { id: 'tokens', label: 'tokens', factor: 1 },
    { id: 'Mtokens', label: 'M tokens', factor: 1e6 },
    { id: 'Btokens', label: 'B tokens', factor: 1e9 },
    { id: 'Ttokens', label: 'T tokens', factor: 1e12 }
  ],
  /** Canonical: plain FLOPs. */
  flops: [
    { id: 'FLOPs', label: 'FLOPs', factor: 1 },
    { id: 'PFLOPs', label: 'PFLOP', factor: 1e15 },
    { id: 'EFLOPs', label: 'EFLOP', factor: 1e18 },
    { id: 'ZFLOPs', label: 'ZFLOP', factor: 1e21 },
    { id: 'pfDays', label: 'PF/s-days', factor: 1e15 * 86_400 }
  ],
  /** Canonical: parameter count. */
  params: [
    { id: 'params', label: 'params', factor: 1 },
    { id: 'M', label: 'M', factor: 1e6 },
    { id: 'B', label: 'B', factor: 1e9 }
  ],
  /** Canonical: images. */
  images: [
    { id: 'images', label: 'images', factor: 1 },
    { id: 'Mimages', label: 'M images', factor: 1e6 }
  ],
  /** Canonical: days. */
  days: [
    { id: 'days', label: 'days', factor: 1 },
    { id: 'weeks', label: 'weeks', factor: 7 },
    { id: 'months', label: 'months', factor: 365.25 / 12 }
  ],
  /** Canonical: accelerator-hours. */
  hours: [
    { id: 'hours', label: 'hours', factor: 1 },
    { id: 'days', label: 'days', factor: 24 }
  ]
} as const satisfies Record<string, readonly DisplayUnit[]>

export type UnitFamily = keyof typeof UNIT_FAMILIES

export function unitsOf(family: UnitFamily): readonly DisplayUnit[] {
  return UNIT_FAMILIES[family]
}

export function findUnit(family: UnitFamily, id: string): DisplayUnit {
  return unitsOf(family).find((unit) => unit.id === id) ?? unitsOf(family)[0]
}

/** Displayed number in `unit` → canonical number (rounded to kill binary noise). */
export function toCanonical(value: number, family: UnitFamily, unitId: string): number {
  return roundSignificant(value * findUnit(family, unitId).factor)
}

/** Canonical number → displayed number in `unit`. */
export function fromCanonical(value: number, family: UnitFamily, unitId: string): number {
  return roundSignificant(value / findUnit(family, unitId).factor)
}

/** Rounds to 12 significant digits so 80 GB → GiB → GB round-trips exactly. */
export function roundSignificant(value: number, digits = 12): number {
  if (value === 0 || !Number.isFinite(value)) return value
  return Number(value.toPrecision(digits))
}

/** The unit that reads best for a canonical value (1.4e12 tokens → T tokens). */
export function bestUnit(family: UnitFamily, value: number | undefined): string {
  const units = unitsOf(family)
  if (value === undefined || value === 0) return units[0].id
  const magnitude = Math.abs(value)
  if (family === 'memory' || family === 'days' || family === 'hours') return units[0].id
  let best = units[0]
  for (const unit of units) {
    if (unit.id === 'pfDays') continue
    if (magnitude >= unit.factor) best = unit
  }
  return best.id
}

/**
 * The unit the planner last typed or chose in a field, by plan path, for as long as the
 * window lives: a field shown again keeps it (issue 13: a step revisited showed "10 M
 * tokens" for a value typed as 10000000 tokens, so the next number typed meant millions).
 */
const chosenUnits = new Map<string, string>()

export function rememberUnit(path: string, unit: string): void {
  chosenUnits.set(path, unit)
}

export function rememberedUnit(path: string): string | undefined {
  return chosenUnits.get(path)
}

/** Tests start each case with no remembered units. */
export function forgetUnits(): void {
  chosenUnits.clear()
}
