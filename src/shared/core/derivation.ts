/**
 * Derivation recording: every number a workload produces is a named step whose value IS the
 * evaluation of its expression over earlier names. Computing through the expression (rather
 * than separately in TypeScript) keeps the explanation and the number from drifting apart,
 * and lets the quote workbook rebuild each step as a live formula.
 */
import { numberLiteral } from './expr'
import { SHARED_SLOTS, SlotTable, type SlotValues } from './expr-program'

export interface StepInput {
  /** An assumption id, a workload input id, or an earlier step id of the same workload. */
  ref: string
  value: number
  unit: string
  /** Where an assumption or catalog value comes from. */
  source?: string
}

export interface Step {
  id: string
  /** i18n key, `core.steps.<id>`. */
  labelKey: string
  /** Human-readable formula. */
  formula: string
  /** Machine expression in the restricted grammar (see expr.ts). */
  expr: string
  inputs: StepInput[]
  value: number
  unit: string
  kind: 'formula' | 'lookup'
  source?: string
}

/** A non-step name the expressions may reference: a workload input or an assumption. */
interface ScopeEntry {
  unit: string
  source?: string
}

export class Derivation {
  readonly steps: Step[] = []
  // Values by slot, not a map by name (expr-program.ts): compare mode evaluates thousands of
  // workloads per estimate, and expressions read their inputs by slot.
  private readonly values: SlotValues = []
  // Units and sources, read only by recorded steps: no map at all for a numbers-only run.
  private readonly meta: Map<string, ScopeEntry> | undefined

  /**
   * `record: false` skips building step objects (scenario re-runs, compare mode).
   * `labelPrefix`: the catalogue namespace of the step labels (the cluster sizing has its own).
   * `slots`: how this family of derivations numbers its names (slotTableFor), so that the
   * values array is about as long as the names it holds.
   */
  constructor(
    private readonly record = true,
    private readonly labelPrefix = 'core.steps',
    private readonly slots: SlotTable = SHARED_SLOTS
  ) {
    this.meta = record ? new Map() : undefined
  }

  /** A value the user typed (or a documented default for a missing field). */
  input(id: string, value: number, unit: string, source?: string): number {
    this.define(id, value, unit, source)
    return value
  }

  /** An assumption value, carrying its citation into every step that uses it. */
  assumption(id: string, value: number, unit: string, source: string): number {
    return this.input(id, value, unit, source)
  }

  /** A value looked up from a catalog or picked from a table. */
  lookup(id: string, value: number, unit: string, source: string, formula?: string): number {
    this.define(id, value, unit, source)
    if (this.record) {
      const expr = numberLiteral(value)
      this.steps.push({
        id,
        labelKey: `${this.labelPrefix}.${id}`,
        formula: formula ?? expr,
        expr,
        inputs: [],
        value,
        unit,
        kind: 'lookup',
        source
      })
    }
    return value
  }

  /** A computed step: value = expr evaluated over the names defined so far. */
  formula(id: string, expr: string, unit: string, formula?: string): number {
    const compiled = this.slots.compile(expr)
    const value = compiled.evaluate(this.values)
    this.define(id, value, unit)
    if (this.record) {
      this.steps.push({
        id,
        labelKey: `${this.labelPrefix}.${id}`,
        formula: formula ?? compiled.text,
        expr,
        inputs: compiled.identifiers.map((ref) => {
          const meta = this.meta?.get(ref) ?? { unit: '' }
          const input: StepInput = {
            ref,
            value: this.values[this.slots.slotOf(ref)] ?? NaN,
            unit: meta.unit
          }
          if (meta.source !== undefined) input.source = meta.source
          return input
        }),
        value,
        unit,
        kind: 'formula'
      })
    }
    return value
  }

  has(id: string): boolean {
    return this.values[this.slots.slotOf(id)] !== undefined
  }

  value(id: string): number {
    const value = this.values[this.slots.slotOf(id)]
    if (value === undefined) throw new Error(`derivation: "${id}" is not defined`)
    return value
  }

  private define(id: string, value: number, unit: string, source?: string): void {
    const slot = this.slots.slotOf(id)
    if (this.values[slot] !== undefined) throw new Error(`derivation: "${id}" defined twice`)
    this.values[slot] = value
    this.meta?.set(id, source === undefined ? { unit } : { unit, source })
  }
}

const families = new Map<string, SlotTable>()

/** The slot table of one family of derivations: a workload kind, the roll-up. */
export function slotTableFor(family: string): SlotTable {
  let table = families.get(family)
  if (!table) {
    table = new SlotTable()
    families.set(family, table)
  }
  return table
}
