/**
 * The one place that reaches into exceljs internals (pinned to exceljs 4.4.0 in package.json).
 * Every access goes through `member()`, which checks that the member exists with the
 * expected type and otherwise fails the export with a message naming the member, so an
 * exceljs upgrade that moves one breaks loudly in the tests, never silently in a workbook.
 * The decision (adapter rather than writing the whole package ourselves) and its
 * measurements are in docs/architecture.md, "exceljs internals".
 */
import type ExcelJS from 'exceljs'

type Kind = 'function' | 'boolean' | 'object'

export class ExceljsInternalsError extends Error {
  constructor(member: string, kind: Kind) {
    super(
      `quote workbook: exceljs internal "${member}" (${kind}) is missing — the writer is built against exceljs 4.4.0; see docs/architecture.md "exceljs internals"`
    )
  }
}

/** `holder[key]`, checked to be of `kind`. */
function member<T>(holder: unknown, key: string, kind: Kind, label: string): T {
  const value = (holder as Record<string, unknown> | null | undefined)?.[key]
  const ok = kind === 'object' ? typeof value === 'object' && value !== null : typeof value === kind
  if (!ok) throw new ExceljsInternalsError(label, kind)
  return value as T
}

/**
 * Defined names: exceljs keeps one sparse cell matrix per name and walks every matrix row
 * by row when it writes workbook.xml — quadratic in the number of named cells (a
 * 1,000-workload plan took 72 s). The workbook's `definedNames.model` is what its writer
 * reads; giving it the finished list makes writing the names linear.
 */
export function setDefinedNames(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  entries: readonly (readonly [name: string, reference: string])[]
): void {
  const names = member<object>(workbook, 'definedNames', 'object', 'WorkbookWriter.definedNames')
  const model = entries.map(([name, reference]) => ({ name, ranges: [reference] }))
  Object.defineProperty(names, 'model', { get: () => model, configurable: true })
}
