/**
 * Defined names of the workbook. Every named cell is registered here when it is written,
 * and every formula asks here for the names it uses; `assertComplete` fails the export
 * (rather than writing a workbook full of #NAME?) if a formula used a name no cell got.
 *
 * Excel names are case-insensitive and must not look like a cell reference (`MFU1` is a
 * column and a row), so every name is `<prefix>_<id>`: the underscore rules out references.
 */
import type { WorksheetWriter } from './streaming'

const VALID_ID = /^[A-Za-z_][A-Za-z0-9_]*$/
const MAX_NAME_LENGTH = 255

export class NameRegistry {
  /** lower-cased name → the name as written. */
  private readonly taken = new Map<string, string>()
  /** scope → id → name (nested maps: no key string built per look-up). */
  private readonly byScope = new Map<string, Map<string, string>>()
  /** Sheet name → its quoted form, for references. */
  private readonly quotedSheets = new Map<string, string>()
  private readonly defined = new Map<string, string>()
  private readonly used = new Set<string>()

  /**
   * The name for `id` in `scope` (e.g. `W1`, `G2`, `Plan`), stable for the same pair, unique
   * among all names ignoring case.
   */
  nameFor(scope: string, id: string): string {
    let ids = this.byScope.get(scope)
    if (!ids) {
      ids = new Map()
      this.byScope.set(scope, ids)
    }
    const existing = ids.get(id)
    if (existing) return existing
    const safeId = VALID_ID.test(id) ? id : id.replace(/[^A-Za-z0-9_]/g, '_')
    const base = `${scope}_${safeId}`.slice(0, MAX_NAME_LENGTH - 4)
    let name = base
    let lower = name.toLowerCase()
    for (let n = 2; this.taken.has(lower); n++) {
      name = `${base}_${n}`
      lower = name.toLowerCase()
    }
    this.taken.set(lower, name)
    ids.set(id, name)
    return name
  }

  /** A formula refers to `name`. */
  use(name: string): string {
    this.used.add(name)
    return name
  }

  /** `name` now labels the cell at `address` (e.g. `C7`) of `sheet`. */
  define(name: string, sheet: WorksheetWriter, address: string): void {
    const digit = address.search(/\d/)
    const absolute = `$${address.slice(0, digit)}$${address.slice(digit)}`
    let sheetName = this.quotedSheets.get(sheet.name)
    if (sheetName === undefined) {
      sheetName = quoteSheetName(sheet.name)
      this.quotedSheets.set(sheet.name, sheetName)
    }
    const reference = `${sheetName}!${absolute}`
    if (this.defined.has(name)) throw new Error(`defined name ${name} assigned twice`)
    // Written all at once at the end (`setDefinedNames`): exceljs's own `add` is quadratic.
    this.defined.set(name, reference)
  }

  isDefined(name: string): boolean {
    return this.defined.has(name)
  }

  /** Every defined name and what it refers to (for tests and docs). */
  entries(): [string, string][] {
    return [...this.defined.entries()]
  }

  assertComplete(): void {
    const missing = [...this.used].filter((name) => !this.defined.has(name))
    if (missing.length > 0)
      throw new Error(
        `quote workbook: formulas use undefined names ${missing.slice(0, 5).join(', ')}`
      )
  }
}

/** `Quote` → `'Quote'`; quotes inside a sheet name are doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`
}
