/**
 * The one place that reaches into exceljs internals (pinned to exceljs 4.4.0 in package.json).
 * Every access goes through `member()`, which checks that the member exists with the
 * expected type and otherwise fails the export with a message naming the member, so an
 * exceljs upgrade that moves one breaks loudly in the tests, never silently in a workbook.
 * The rest of the writer (row-xml.ts, logo.ts, build-workbook.ts) uses only what this module
 * exports. The decision (adapter rather than writing the whole package ourselves) and its
 * measurements are in docs/architecture.md, "exceljs internals".
 *
 * Internals used, all of exceljs 4.4.0's streaming writer:
 * - WorksheetWriter: `startedData`, `_writeColumns()`, `_writeOpenSheetData()`, `stream.write()`
 *   (rows written as XML), `_sheetRelsWriter.addMedia()` and `_writeRowBreaks()` (the logo's
 *   drawing);
 * - WorkbookWriter: `styles.addStyleModel()` (style ids for those rows), `zip.append()` (extra
 *   parts, and rewriting parts exceljs writes: the drawing's content type, the defined names).
 */
import type ExcelJS from 'exceljs'
import type { Style } from 'exceljs'
import type { WorksheetWriter } from './streaming'

type Kind = 'function' | 'boolean' | 'object'
type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter | ExcelJS.Workbook

export class ExceljsInternalsError extends Error {
  constructor(member: string, kind: Kind) {
    super(
      `quote workbook: exceljs internal "${member}" (${kind}) is missing — the writer is built against exceljs 4.4.0; see docs/architecture.md "exceljs internals"`
    )
    this.name = 'ExceljsInternalsError'
  }
}

/** `holder[key]`, checked to be of `kind`. */
function member<T>(holder: unknown, key: string, kind: Kind, label: string): T {
  const value = (holder as Record<string, unknown> | null | undefined)?.[key]
  const ok = kind === 'object' ? typeof value === 'object' && value !== null : typeof value === kind
  if (!ok) throw new ExceljsInternalsError(label, kind)
  return value as T
}

/** A method of `holder`, checked, bound to it. */
function method<F extends (...args: never[]) => unknown>(
  holder: unknown,
  key: string,
  label: string
): F {
  return member<F>(holder, key, 'function', label).bind(holder) as F
}

// ---------------------------------------------------------------------------------------------
// Sheet data written as XML

interface SheetStream {
  write(chunk: string): unknown
}

/** Writes row XML straight into a streaming sheet's `<sheetData>`. */
export interface SheetXmlSink {
  /** UTF-8 row XML; the stream keeps the buffer (do not reuse it). */
  write(xml: Buffer): void
}

/**
 * The sink for `sheet`'s rows. The first write opens `<sheetData>` exactly as exceljs's own
 * first row would (columns, then the open tag); exceljs closes it on `commit()` as usual.
 */
export function sheetDataSink(sheet: WorksheetWriter): SheetXmlSink {
  // Checked now, so a missing member fails before any row is built.
  member<boolean>(sheet, 'startedData', 'boolean', 'WorksheetWriter.startedData')
  const writeColumns = method<() => void>(sheet, '_writeColumns', 'WorksheetWriter._writeColumns')
  const openSheetData = method<() => void>(
    sheet,
    '_writeOpenSheetData',
    'WorksheetWriter._writeOpenSheetData'
  )
  const stream = member<SheetStream>(sheet, 'stream', 'object', 'WorksheetWriter.stream')
  const write = method<(chunk: string | Buffer) => unknown>(
    stream,
    'write',
    'WorksheetWriter.stream.write'
  )
  const state = sheet as unknown as { startedData: boolean }
  return {
    write(xml) {
      if (!state.startedData) {
        writeColumns()
        openSheetData()
        state.startedData = true
      }
      write(xml)
    }
  }
}

/** exceljs's ValueType codes, as its style table is keyed by them. */
export const CELL_TYPE = { number: 2, string: 3 } as const

/** The workbook's style index for a cell style (exceljs's own style table, shared by all sheets). */
export function styleTable(
  workbook: WorkbookWriter
): (style: Partial<Style>, cellType: number) => number {
  const styles = member<object>(workbook, 'styles', 'object', 'WorkbookWriter.styles')
  return method(styles, 'addStyleModel', 'WorkbookWriter.styles.addStyleModel')
}

// ---------------------------------------------------------------------------------------------
// Package parts

type Append = (source: unknown, options: { name: string }) => unknown
type PartRewrite = (xml: string) => string

const rewrites = new WeakMap<object, Map<string, PartRewrite[]>>()

function zipOf(workbook: WorkbookWriter): { append: Append } {
  const zip = member<{ append: Append }>(workbook, 'zip', 'object', 'WorkbookWriter.zip')
  member<Append>(zip, 'append', 'function', 'WorkbookWriter.zip.append')
  return zip
}

/** Adds a part (e.g. `xl/drawings/drawing1.xml`) to the package. */
export function appendPart(workbook: WorkbookWriter, name: string, xml: string): void {
  zipOf(workbook).append(xml, { name })
}

/**
 * Changes a part exceljs writes itself (`[Content_Types].xml`, `xl/workbook.xml`) as it goes
 * into the zip. Part names are compared without a leading slash (exceljs writes both forms).
 */
export function rewritePart(workbook: WorkbookWriter, name: string, rewrite: PartRewrite): void {
  const zip = zipOf(workbook)
  let byPart = rewrites.get(zip)
  if (!byPart) {
    byPart = new Map()
    rewrites.set(zip, byPart)
    const append = zip.append.bind(zip)
    const parts = byPart
    zip.append = (source, options) => {
      const list = parts.get(options.name.replace(/^\//, ''))
      if (!list || typeof source !== 'string') return append(source, options)
      return append(
        list.reduce((xml, step) => step(xml), source),
        options
      )
    }
  }
  const key = name.replace(/^\//, '')
  byPart.set(key, [...(byPart.get(key) ?? []), rewrite])
}

// ---------------------------------------------------------------------------------------------
// The logo's drawing

/** Adds a relationship from `sheet` (e.g. to its drawing); returns its id (`rId1`). */
export function addSheetRelationship(
  sheet: WorksheetWriter,
  relationship: { Target: string; Type: string }
): string {
  const rels = member<object>(
    sheet,
    '_sheetRelsWriter',
    'object',
    'WorksheetWriter._sheetRelsWriter'
  )
  return method<(rel: { Target: string; Type: string }) => string>(
    rels,
    'addMedia',
    'WorksheetWriter._sheetRelsWriter.addMedia'
  )(relationship)
}

/**
 * Writes `xml` into the sheet right after its row breaks, where the schema puts `<drawing>`.
 * exceljs writes the row breaks on `commit()`; the hook runs then.
 */
export function afterRowBreaks(sheet: WorksheetWriter, xml: string): void {
  const writeRowBreaks = method<() => void>(
    sheet,
    '_writeRowBreaks',
    'WorksheetWriter._writeRowBreaks'
  )
  const stream = member<SheetStream>(sheet, 'stream', 'object', 'WorksheetWriter.stream')
  const write = method<(chunk: string | Buffer) => unknown>(
    stream,
    'write',
    'WorksheetWriter.stream.write'
  )
  ;(sheet as unknown as { _writeRowBreaks: () => void })._writeRowBreaks = () => {
    writeRowBreaks()
    write(xml)
  }
}

// ---------------------------------------------------------------------------------------------
// Defined names

/** Element text: only markup needs escaping (quotes are fine outside attributes). */
const MARKUP = /[<>&]/

function escapeText(text: string): string {
  if (!MARKUP.test(text)) return text
  return text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'))
}

/** Attribute values: markup and both quotes. */
function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/**
 * Defined names, written as one string into workbook.xml. exceljs keeps one sparse cell matrix
 * per name and walks every matrix when it writes (quadratic: a 1,000-workload plan took 72 s);
 * even given a finished model, its XML builder spent ~0.5 s on 75,000 names. Print titles
 * (which exceljs adds itself from each sheet's page setup) stay exceljs's.
 */
export function setDefinedNames(
  workbook: WorkbookWriter,
  entries: readonly (readonly [name: string, reference: string])[]
): void {
  member<object>(workbook, 'definedNames', 'object', 'WorkbookWriter.definedNames')
  if (entries.length === 0) return
  const xml = entries
    .map(
      ([name, reference]) =>
        `<definedName name="${escapeAttribute(name)}">${escapeText(reference)}</definedName>`
    )
    .join('')
  rewritePart(workbook, 'xl/workbook.xml', (workbookXml) => {
    if (workbookXml.includes('<definedNames>'))
      return workbookXml.replace('<definedNames>', () => `<definedNames>${xml}`)
    // No print titles: the element goes after <sheets>, as the schema orders them.
    return workbookXml.replace('</sheets>', () => `</sheets><definedNames>${xml}</definedNames>`)
  })
}
