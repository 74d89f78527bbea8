/**
 * A workload form's fields as data: each kind lists its cells (which plan field, how wide, which
 * control and what it shows) and one `FieldGrid.vue` lays them out. The `field` of a cell is a
 * `WorkloadField<K>`, so a renamed plan field stops the form from compiling, as `p('…')` did.
 *
 * Conventions keep the lists short: a cell's label is `wizard.fields.<last segment>` unless it
 * names another key, `help: true` is `wizard.help.<last segment>`, and a cell's test id is
 * `wl-<index>-<testid>`.
 */
import type { WorkloadKind } from '@shared/schema/plan'
import type { UnitFamily } from '../../lib/units'
import type { WorkloadField } from '../../lib/plan-paths'

/** Columns out of the grid's 24. */
export type Span = 6 | 8 | 12 | 16 | 24

/** How a default from the registry reads: an option label (`prefix`), upper case, a number… */
export type DefaultShow = 'number' | 'upper' | 'percent' | 'plain' | { prefix: string }

/**
 * What an empty field shows: the registry's default for the field read as `DefaultShow`, a
 * fixed message (`key`), or a text the form computed (`text`; none when undefined).
 */
export type EmptyText = DefaultShow | { key: string } | { text: string | undefined }

/** A help text: the `wizard.help.<field>` convention, a message key, or a computed text. */
export type HelpText = true | string | { text: string }

interface FieldCellBase<K extends WorkloadKind> {
  field: WorkloadField<K>
  span: Span
  /** A message key; `wizard.fields.<last segment of field>` when absent. */
  label?: string
  help?: HelpText
  empty?: EmptyText
  /** The suffix of the test id (`wl-<index>-<testid>`); none when absent. */
  testid?: string
}

export interface NumberCell<K extends WorkloadKind> extends FieldCellBase<K> {
  control: 'number'
  unit?: string
  family?: UnitFamily
  percent?: boolean
  integer?: boolean
  min?: number
}

export interface SelectCell<K extends WorkloadKind> extends FieldCellBase<K> {
  control: 'select'
  options: readonly (string | number)[]
  /** Option labels: a message prefix (`<prefix>.<value>`), upper case (default) or as written. */
  optionLabels?: 'upper' | 'plain' | { prefix: string }
  clearable?: boolean
}

/** The workload's model picker (catalog model, "Custom model…"). */
export interface ModelCell {
  control: 'model'
  span: Span
  modelKind: 'llm' | 'vision'
}

/** A place the form fills itself, through the grid's slot of that name. */
export interface SlotCell {
  control: 'slot'
  span: Span
  slot: string
}

export type FieldCell<K extends WorkloadKind> = NumberCell<K> | SelectCell<K> | ModelCell | SlotCell

type NumberOptions = Omit<NumberCell<WorkloadKind>, 'control' | 'field' | 'span'>
type SelectOptions = Omit<SelectCell<WorkloadKind>, 'control' | 'field' | 'span' | 'options'>

/** A number field; `field` is checked against the kind when the cell joins a `FieldCell<K>[]`. */
export function numberCell<F extends string>(field: F, span: Span, more: NumberOptions = {}) {
  return { control: 'number', field, span, ...more } as const
}

/** A select of `options`; `field` is checked like `numberCell`'s. */
export function selectCell<F extends string>(
  field: F,
  span: Span,
  options: readonly (string | number)[],
  more: SelectOptions = {}
) {
  return { control: 'select', field, span, options, ...more } as const
}

/** The precision picker every kind with a compute precision shows (empty: the default). */
export function precisionCell(span: Span, precisions: readonly string[], label?: string) {
  return selectCell('precision', span, precisions, { clearable: true, empty: 'upper', label })
}

/** A training workload's ZeRO stage (0–3), or empty for the default. */
export function zeroStageCell(span: Span) {
  const more = { optionLabels: 'plain', clearable: true, empty: 'number', help: true } as const
  return selectCell('zeroStage', span, [0, 1, 2, 3], more)
}

/** The last segment of a field path: `target.inputTokens` → `inputTokens`. */
export function fieldName(field: string): string {
  return field.slice(field.lastIndexOf('.') + 1)
}
