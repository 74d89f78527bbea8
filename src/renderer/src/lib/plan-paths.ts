/**
 * Plan field paths the compiler checks. A path is written the way the core reports issues
 * (`workloads[1].target.inputTokens`), so a field's located issues match it exactly, and its
 * type is derived from `PlanDocument`: rename a field in `schema/plan.ts` and every stale
 * `p('…')` in a `.vue` template or a `.ts` file stops compiling (vue-tsc checks templates).
 */
import type { LlmSpec, PlanDocument, VisionSpec, Workload, WorkloadKind } from '@shared/schema/plan'

type Leaf = string | number | boolean | bigint | symbol | null | undefined
/** Depth guard: the plan is at most five levels deep (workloads[0].target.inputTokens is 3). */
type Deeper = [never, 0, 1, 2, 3, 4, 5, 6]

/** The part of a path below a value of type T, with its leading `.` or `[n]`. */
type Below<T, Depth extends number> = [Depth] extends [never]
  ? never
  : T extends Leaf
    ? never
    : T extends readonly (infer Item)[]
      ? `[${number}]` | `[${number}]${Below<NonNullable<Item>, Deeper[Depth]>}`
      : T extends object
        ? {
            [K in keyof T & string]-?: `.${K}` | `.${K}${Below<NonNullable<T[K]>, Deeper[Depth]>}`
          }[keyof T & string]
        : never

type WithoutDot<P> = P extends `.${infer Rest}` ? Rest : never

/** Every path into a value of type T (a union contributes the paths of each member). */
export type PathsOf<T> = WithoutDot<Below<T, 6>>

/** A path into the plan document. */
export type PlanPath = PathsOf<PlanDocument>

/** One workload kind's type. */
export type WorkloadOf<K extends WorkloadKind> = Extract<Workload, { kind: K }>

/** A field of one workload kind, relative to the workload (`target.inputTokens`). */
export type WorkloadField<K extends WorkloadKind> = PathsOf<WorkloadOf<K>>

/** Where a workload's model lives, and a field of an inline model relative to it. */
export type ModelPath = `workloads[${number}].model`
export type ModelField = PathsOf<LlmSpec> | PathsOf<VisionSpec>

/**
 * The path of one field of the workload at `index`. `WorkloadField<K>` is a subset of the
 * plan's workload paths for every K, which the compiler cannot see through the generic, so
 * this one place states it.
 */
export function workloadPath<K extends WorkloadKind>(
  index: number,
  field: WorkloadField<K>
): PlanPath {
  return `workloads[${index}].${field}` as PlanPath
}

/** A field of the inline model at `model` (`workloads[0].model.layers`). */
export function modelFieldPath(model: ModelPath, field: ModelField): PlanPath {
  return `${model}.${field}`
}
