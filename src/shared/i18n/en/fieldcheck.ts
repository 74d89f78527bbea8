/**
 * Issue 13: refusals as a person reads them, next to the field: its label, and a limit in
 * the unit the field shows (a % field says "at most 100 %", not "≤ 1").
 */
export default {
  mustBeGreaterThan: '{label} must be greater than {limit}{unit}',
  mustBeAtLeast: '{label} must be at least {limit}{unit}',
  mustBeAtMost: '{label} must be at most {limit}{unit}',
  mustBeLessThan: '{label} must be less than {limit}{unit}',
  mustBeInteger: '{label} must be a whole number',
  mustBeFinite: '{label} must be a number',
  required: '{label} is required',
  notANumber: '{label}: “{text}” is not a number; the field keeps its last value',
  other: '{label}: {message}',
  /** A located problem outside a form field: where it is, in words. */
  where: '{where}: {message}',
  workload: 'Workload {n}',
  wholePlan: 'The plan',
  costs: 'Costs',
  inventory: 'Inventory item {n}',
  compare: 'Compare',
  quoteLine: 'Quote line {n}'
}
