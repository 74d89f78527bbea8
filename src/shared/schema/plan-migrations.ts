/**
 * The migration chain of plan documents: one pure function per version step, so a file
 * written by any earlier release opens in this one. Migrations work on plain JSON (the
 * shape of the *old* version) and never validate: validation happens once, after the last
 * step, against the current schema, so the user sees located issues in today's field names.
 *
 * Version history (docs/file-format.md keeps the long form):
 * - 0 — pre-release builds (0.0.x): `title` instead of `name`, workloads tagged by `type`
 *   instead of `kind`, and a `costs` block with percentages (`taxPercent`, `discountPercent`)
 *   and `electricityPerKWh`.
 * - 1 — the first release: `name`, `kind`, `settings` with fractions.
 */

export type JsonObject = Record<string, unknown>

export interface PlanMigration {
  from: number
  to: number
  /** One line for docs and logs: what changed. */
  summary: string
  migrate(document: JsonObject): JsonObject
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A percentage (15 for 15 %) as the fraction version 1 stores; anything else is passed on for validation to judge. */
function percentToFraction(value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) ? value / 100 : value
}

/** Copies `source[from]` to `target[to]` only when present, so absent fields keep their defaults. */
function carry(target: JsonObject, to: string, source: JsonObject, from: string): void {
  if (from in source) target[to] = source[from]
}

function workloadV0ToV1(workload: unknown): unknown {
  if (!isObject(workload)) return workload
  // Renamed in place, so the key order of the file (and its diffs) stays as the user had it.
  // A workload that already has `kind` (hand-edited file) keeps it; `type` is dropped.
  const hasKind = 'kind' in workload
  return Object.fromEntries(
    Object.entries(workload).flatMap(([key, value]): [string, unknown][] =>
      key !== 'type' ? [[key, value]] : hasKind ? [] : [['kind', value]]
    )
  )
}

function costsV0ToSettings(costs: JsonObject): JsonObject {
  const settings: JsonObject = {}
  carry(settings, 'currency', costs, 'currency')
  carry(settings, 'pue', costs, 'pue')
  carry(settings, 'electricityPricePerKWh', costs, 'electricityPerKWh')
  carry(settings, 'years', costs, 'years')
  if ('taxPercent' in costs) settings.taxRate = percentToFraction(costs.taxPercent)
  if ('discountPercent' in costs) settings.discount = percentToFraction(costs.discountPercent)
  carry(settings, 'rackPowerLimitKW', costs, 'rackPowerLimitKW')
  return settings
}

const v0ToV1: PlanMigration = {
  from: 0,
  to: 1,
  summary:
    'title → name; workloads[].type → kind; costs (percentages) → settings (fractions, electricityPricePerKWh)',
  migrate(document) {
    const { title, costs, workloads, version: _version, ...rest } = document
    void _version
    const next: JsonObject = { ...rest, version: 1 }
    if (!('name' in rest)) next.name = title ?? ''
    next.workloads = Array.isArray(workloads) ? workloads.map(workloadV0ToV1) : workloads
    if (isObject(costs)) {
      next.settings = {
        ...costsV0ToSettings(costs),
        ...(isObject(rest.settings) ? rest.settings : {})
      }
    }
    return next
  }
}

/** Ordered by `from`; each step raises the version by exactly one. */
export const PLAN_MIGRATIONS: readonly PlanMigration[] = [v0ToV1]

/** The oldest version this build can still open. */
export const OLDEST_PLAN_VERSION = PLAN_MIGRATIONS[0]?.from ?? 1

export type MigrationOutcome =
  { ok: true; document: JsonObject; steps: number[] } | { ok: false; missingFrom: number }

/**
 * Runs every step from `fromVersion` up to `toVersion`. Pure: the input is not modified.
 * `steps` lists the versions migrated from, for the "converted from version 0" notice.
 */
export function migratePlanDocument(
  document: JsonObject,
  fromVersion: number,
  toVersion: number,
  migrations: readonly PlanMigration[] = PLAN_MIGRATIONS
): MigrationOutcome {
  let current = document
  const steps: number[] = []
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations.find((migration) => migration.from === version)
    if (!step) return { ok: false, missingFrom: version }
    current = step.migrate(current)
    steps.push(version)
  }
  return { ok: true, document: current, steps }
}
