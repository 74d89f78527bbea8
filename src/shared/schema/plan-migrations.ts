/**
 * The migration chain of plan documents: one pure function per version step, so a file
 * written by any earlier release opens in this one. Migrations work on plain JSON (the
 * shape of the *old* version) and never validate: validation happens once, after the last
 * step, against the current schema, so the user sees located issues in today's field names.
 *
 * Each step is typed: it takes its version's frozen shape (schema/plan-versions/v<N>.ts) and
 * returns the next one's, and the chain checks both at run time, so a step can neither be
 * written against the wrong shape nor hand on a document the next step does not expect.
 *
 * Version history (docs/file-format.md keeps the long form):
 * - 0 — pre-release builds (0.0.x): `title` instead of `name`, workloads tagged by `type`
 *   instead of `kind`, and a `costs` block with percentages (`taxPercent`, `discountPercent`)
 *   and `electricityPerKWh`.
 * - 1 — the first release: `name`, `kind`, `settings` with fractions.
 */

import type { z } from 'zod'
import {
  costsV0Schema,
  planV0Schema,
  workloadV0Schema,
  type CostsV0,
  type PlanV0
} from './plan-versions/v0'
import { planV1DraftSchema, type PlanV1Draft } from './plan-versions/v1'

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

/** `value` has the frozen shape (checked, not copied: the file's key order is kept). */
function hasShape<T>(schema: z.ZodType<T>, value: unknown): value is T {
  return schema.safeParse(value).success
}

/** A migration step typed by the frozen shapes it reads and writes. */
function typedStep<From extends JsonObject, To extends JsonObject>(step: {
  from: number
  to: number
  summary: string
  input: z.ZodType<From>
  output: z.ZodType<To>
  migrate(document: From): To
}): PlanMigration {
  return {
    from: step.from,
    to: step.to,
    summary: step.summary,
    migrate(document) {
      if (!hasShape(step.input, document))
        throw new Error(
          `plan migration ${step.from} → ${step.to}: input is not version ${step.from}`
        )
      const next = step.migrate(document)
      if (!hasShape(step.output, next))
        throw new Error(
          `plan migration ${step.from} → ${step.to}: output is not version ${step.to}`
        )
      return next
    }
  }
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
  if (!hasShape(workloadV0Schema, workload)) return workload
  // Renamed in place, so the key order of the file (and its diffs) stays as the user had it.
  // A workload that already has `kind` (hand-edited file) keeps it; `type` is dropped.
  const hasKind = 'kind' in workload
  return Object.fromEntries(
    Object.entries(workload).flatMap(([key, value]): [string, unknown][] =>
      key !== 'type' ? [[key, value]] : hasKind ? [] : [['kind', value]]
    )
  )
}

function costsV0ToSettings(costs: CostsV0): JsonObject {
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

const v0ToV1 = typedStep<PlanV0, PlanV1Draft>({
  from: 0,
  to: 1,
  summary:
    'title → name; workloads[].type → kind; costs (percentages) → settings (fractions, electricityPricePerKWh)',
  input: planV0Schema,
  output: planV1DraftSchema,
  migrate(document) {
    const { title, costs, workloads, version: _version, ...rest } = document
    void _version
    const next: PlanV1Draft = {
      ...rest,
      version: 1,
      name: 'name' in rest ? rest.name : (title ?? ''),
      workloads: Array.isArray(workloads) ? workloads.map(workloadV0ToV1) : workloads
    }
    if (hasShape(costsV0Schema, costs)) {
      next.settings = {
        ...costsV0ToSettings(costs),
        ...(isObject(rest.settings) ? rest.settings : {})
      }
    }
    return next
  }
})

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
