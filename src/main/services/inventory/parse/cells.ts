/**
 * One cell → one field value. Each field has a spec (text, measured number, integer, price,
 * date…); a cell that does not fit is left empty and reported, never guessed. Figures the
 * file marks as sparse are labelled, and halved only when the user confirmed it.
 */
import {
  COMPUTE_FIELDS,
  type ColumnField,
  type ComputeField,
  type SparseLabel
} from '@shared/schema/inventory'
import { LIMITS } from '../limits'
import type { IssueParams } from '../issues'
import { cellText, isCellError, isFormulaWithoutResult, type CellValue } from '../read/raw-row'
import { dateToIso, excelSerialToIso, parseDateText } from './date'
import { foldWidth, isAbsentWord, isErrorText, parseMeasure } from './measure'
import { parseCurrencyWord, parsePrice, type PriceHint } from './price'
import { CANONICAL_UNIT, matchUnit, type UnitFamily } from './units'
import { normalizeVendor } from '@shared/inventory/vendors'

type FieldSpec =
  | { type: 'text' }
  | { type: 'kind' }
  | { type: 'measure'; family: UnitFamily; max: number }
  | { type: 'integer'; min: number; max: number }
  | { type: 'price' }
  | { type: 'currency' }
  | { type: 'date' }
  | { type: 'flag' }

const COMPUTE_MAX = 1e6

export const FIELD_SPECS: Record<ColumnField, FieldSpec> = {
  kind: { type: 'kind' },
  vendor: { type: 'text' },
  name: { type: 'text' },
  formFactor: { type: 'text' },
  memoryType: { type: 'text' },
  acceleratorName: { type: 'text' },
  notes: { type: 'text' },
  priceSource: { type: 'text' },
  memoryGB: { type: 'measure', family: 'memory', max: 1e5 },
  memoryBandwidthGBs: { type: 'measure', family: 'bandwidth', max: 1e6 },
  fp32Tflops: { type: 'measure', family: 'flops', max: COMPUTE_MAX },
  tf32Tflops: { type: 'measure', family: 'flops', max: COMPUTE_MAX },
  fp16Tflops: { type: 'measure', family: 'flops', max: COMPUTE_MAX },
  bf16Tflops: { type: 'measure', family: 'flops', max: COMPUTE_MAX },
  fp8Tflops: { type: 'measure', family: 'flops', max: COMPUTE_MAX },
  int8Tops: { type: 'measure', family: 'ops', max: COMPUTE_MAX },
  int4Tops: { type: 'measure', family: 'ops', max: COMPUTE_MAX },
  tdpW: { type: 'measure', family: 'power', max: 1e6 },
  decode1080p30Streams: { type: 'integer', min: 1, max: 1e5 },
  acceleratorsPerServer: { type: 'integer', min: 1, max: 1024 },
  launchYear: { type: 'integer', min: 1990, max: 2100 },
  quantityOnHand: { type: 'integer', min: 0, max: 1e7 },
  price: { type: 'price' },
  currency: { type: 'currency' },
  priceDate: { type: 'date' },
  taxIncluded: { type: 'flag' }
}

export interface CellContext {
  field: ColumnField
  /** Unit text from the header, lower-cased (`gib`, `tb/s`, `万元`). */
  unitHint?: string
  sparseColumn: boolean
  priceHint: PriceHint
  halveSparse: boolean
  date1904: boolean
}

export type Report = (severity: 'warning' | 'error', name: string, params: IssueParams) => void

export type ParsedCell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; sparse?: SparseLabel; trailing?: string }
  | { kind: 'price'; value: number; currency?: string }
  | { kind: 'flag'; value: boolean }

/** Counting words that may follow a whole number: `8台`, `4 pcs`, `16路`. */
const COUNT_WORDS =
  /^(?:台|张|块|个|片|套|颗|路|年|pcs?|units?|cards?|gpus?|npus?|nodes?|servers?|streams?|x|×)?\.?$/i

function shortText(value: CellValue): string {
  const text = cellText(value).trim()
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function roundStored(value: number): number {
  // Unit factors (GiB, kW) leave binary noise; 9 significant digits is far below any source's precision.
  return Number(value.toPrecision(9))
}

function isComputeField(field: ColumnField): field is ComputeField {
  return (COMPUTE_FIELDS as readonly string[]).includes(field)
}

function parseText(value: CellValue, report: Report): ParsedCell | undefined {
  let text = cellText(value).trim()
  if (text === '') return undefined
  if (text.length > LIMITS.maxCellChars) {
    report('warning', 'cellTooLong', { limit: LIMITS.maxCellChars })
    text = text.slice(0, LIMITS.maxCellChars)
  }
  return { kind: 'text', value: text }
}

const ACCELERATOR_WORDS =
  /^(?:gpu|npu|tpu|xpu|dcu|ipu|accelerator|card|加速卡|显卡|计算卡|推理卡|训练卡|卡|ai加速卡|gpu卡|npu卡)$/i
const SERVER_WORDS =
  /^(?:server|node|system|服务器|整机|主机|一体机|gpu服务器|ai服务器|训练服务器|推理服务器)$/i

function parseKind(value: CellValue, report: Report): ParsedCell | undefined {
  const text = foldWidth(cellText(value)).replace(/\s+/g, '')
  if (text === '') return undefined
  if (ACCELERATOR_WORDS.test(text)) return { kind: 'text', value: 'accelerator' }
  if (SERVER_WORDS.test(text)) return { kind: 'text', value: 'server' }
  report('warning', 'unknownKind', { value: shortText(value) })
  return undefined
}

function checkRange(
  value: number,
  min: number,
  max: number,
  raw: CellValue,
  report: Report,
  minExclusive: boolean
): boolean {
  // Written so that NaN fails too (every comparison with NaN is false).
  if (!(value >= min && value <= max) || (minExclusive && value <= min)) {
    report('warning', 'outOfRange', { value: shortText(raw), min, max })
    return false
  }
  return true
}

function applySparse(
  value: number,
  measureSparse: boolean,
  measureDense: boolean,
  context: CellContext,
  raw: CellValue,
  report: Report
): { value: number; sparse?: SparseLabel } {
  const sparse = !measureDense && (measureSparse || context.sparseColumn)
  if (!sparse || !isComputeField(context.field)) return { value }
  if (context.halveSparse) {
    const halved = roundStored(value / 2)
    report('warning', 'sparseHalved', { value: shortText(raw), converted: halved })
    return { value: halved, sparse: { asGiven: value, halved: true } }
  }
  report('warning', 'sparseKept', { value: shortText(raw) })
  return { value, sparse: { asGiven: value, halved: false } }
}

function parseMeasured(
  value: CellValue,
  spec: { family: UnitFamily; max: number },
  context: CellContext,
  report: Report
): ParsedCell | undefined {
  const hint = context.unitHint ? matchUnit(spec.family, context.unitHint) : null
  const hintFactor = hint && !hint.bits && hint.trailing === '' ? hint.factor : 1
  let amount: number
  let sparse = false
  let dense = false
  let trailing: string | undefined
  let factorApplied = hintFactor !== 1
  if (typeof value === 'number') {
    amount = value * hintFactor
  } else {
    const measure = parseMeasure(cellText(value))
    if (!measure || measure.prefix !== '') {
      report('warning', 'notANumber', { value: shortText(value) })
      return undefined
    }
    sparse = measure.sparse
    dense = measure.dense
    if (measure.unit === '') {
      amount = measure.value * hintFactor
    } else {
      const unit = matchUnit(spec.family, measure.unit)
      // Only memory cells may carry a descriptor after the unit (`80GB HBM3`).
      if (!unit || (unit.trailing !== '' && spec.family !== 'memory')) {
        report('warning', 'unitMismatch', {
          value: shortText(value),
          expected: CANONICAL_UNIT[spec.family]
        })
        return undefined
      }
      amount = measure.value * unit.factor
      factorApplied = unit.factor !== 1
      if (unit.bits) {
        report('warning', 'gigabits', { value: shortText(value), converted: roundStored(amount) })
      }
      if (unit.trailing !== '') trailing = unit.trailing
    }
  }
  // Only a unit factor (GiB, kW, TB/s) can leave binary noise worth rounding away.
  if (factorApplied) amount = roundStored(amount)
  if (amount === 0) {
    report('warning', 'zeroAsUnsupported', {})
    return undefined
  }
  if (!checkRange(amount, 0, spec.max, value, report, true)) return undefined
  const withSparse = applySparse(amount, sparse, dense, context, value, report)
  return { kind: 'number', value: withSparse.value, sparse: withSparse.sparse, trailing }
}

function parseInteger(
  value: CellValue,
  spec: { min: number; max: number },
  report: Report
): ParsedCell | undefined {
  let amount: number
  if (typeof value === 'number') {
    amount = value
  } else {
    const measure = parseMeasure(cellText(value))
    if (!measure || measure.prefix !== '' || !COUNT_WORDS.test(measure.unit)) {
      report('warning', 'notANumber', { value: shortText(value) })
      return undefined
    }
    amount = measure.value
  }
  if (!Number.isInteger(amount)) {
    report('warning', 'notAnInteger', { value: shortText(value) })
    return undefined
  }
  if (!checkRange(amount, spec.min, spec.max, value, report, false)) return undefined
  return { kind: 'number', value: amount }
}

function parsePriceCell(
  value: CellValue,
  context: CellContext,
  report: Report
): ParsedCell | undefined {
  const parsed =
    typeof value === 'number' || typeof value === 'string'
      ? parsePrice(value, context.priceHint)
      : null
  if (!parsed) {
    report('warning', 'notANumber', { value: shortText(value) })
    return undefined
  }
  if (!checkRange(parsed.amount, 0, 1e12, value, report, false)) return undefined
  if (typeof value === 'string') warnAmbiguousSeparator(value, parsed, report)
  return { kind: 'price', value: parsed.amount, currency: parsed.currency }
}

/** `30.000`: one dot before exactly three digits (prices have at most two decimals). */
const DOT_GROUP = /(?:^|[^\d.,])\d{1,3}\.\d{3}(?![\d.,])/
/** `30,000` in a currency whose countries write a decimal comma (euro). */
const COMMA_GROUP = /(?:^|[^\d.,])\d{1,3},\d{3}(?![\d.,])/
const DECIMAL_COMMA_CURRENCIES = new Set(['EUR'])

/**
 * "€30.000" is 30 read with a decimal point and 30,000 read with a thousands dot; nothing in
 * the cell says which. The reading stays the parser's (dot = decimal point), and the cell gets
 * a warning with both values, so the planner decides instead of a silent guess.
 */
function warnAmbiguousSeparator(
  text: string,
  parsed: { amount: number; currency?: string },
  report: Report
): void {
  let other: number | undefined
  if (DOT_GROUP.test(text)) other = parsed.amount * 1000
  else if (
    parsed.currency &&
    DECIMAL_COMMA_CURRENCIES.has(parsed.currency) &&
    COMMA_GROUP.test(text)
  )
    other = parsed.amount / 1000
  if (other === undefined) return
  report('warning', 'importRead.issue.ambiguousSeparator', {
    value: shortText(text),
    read: roundStored(parsed.amount),
    other: roundStored(other)
  })
}

function parseDate(value: CellValue, context: CellContext, report: Report): ParsedCell | undefined {
  const iso =
    value instanceof Date
      ? dateToIso(value)
      : typeof value === 'number'
        ? excelSerialToIso(value, context.date1904)
        : parseDateText(cellText(value))
  if (iso === null) {
    report('warning', 'dateUnreadable', { value: shortText(value) })
    return undefined
  }
  return { kind: 'text', value: iso }
}

const FLAG_TRUE = new Set(['是', 'y', 'yes', 'true', '1', '含税', 'incl', 'included'])
const FLAG_FALSE = new Set(['否', 'n', 'no', 'false', '0', '不含税', 'excl', 'excluded'])

/**
 * A yes/no cell ("price includes VAT"): TRUE/FALSE, 1/0, or 是/否, Y/N, yes/no, true/false,
 * 含税/不含税, incl/excl in any width and case. Anything else is reported and left empty.
 */
function parseFlag(value: CellValue, report: Report): ParsedCell | undefined {
  if (typeof value === 'boolean') return { kind: 'flag', value }
  const text = foldWidth(cellText(value))
    .toLowerCase()
    .replace(/\s+|\.$/g, '')
  if (text === '') return undefined
  if (FLAG_TRUE.has(text)) return { kind: 'flag', value: true }
  if (FLAG_FALSE.has(text)) return { kind: 'flag', value: false }
  if (typeof value === 'string' && isAbsentWord(value.trim())) return undefined
  report('warning', 'unknownFlag', { value: shortText(value) })
  return undefined
}

/** Parses one non-blank cell for its column's field. */
export function parseCell(
  value: CellValue,
  context: CellContext,
  report: Report
): ParsedCell | undefined {
  if (value === null) return undefined
  if (isCellError(value)) {
    report('warning', 'errorCell', { error: value.error })
    return undefined
  }
  if (isFormulaWithoutResult(value)) {
    report('warning', 'formulaNoResult', {
      formula: value.formula === '' ? '(shared)' : `=${value.formula}`
    })
    return undefined
  }
  const spec = FIELD_SPECS[context.field]
  if (context.field === 'vendor') {
    // 英伟达, 华为昇腾, 超威… are the catalog's NVIDIA, Huawei, AMD.
    const parsed = parseText(value, report)
    return parsed?.kind === 'text' ? { kind: 'text', value: normalizeVendor(parsed.value) } : parsed
  }
  if (spec.type === 'text') return parseText(value, report)
  if (spec.type === 'flag') return parseFlag(value, report)
  if (typeof value === 'string' && value.length > LIMITS.maxFigureChars) {
    // No figure, price or date is this long: refused before any pattern looks at it.
    report('warning', 'importRead.issue.figureTooLong', {
      value: shortText(value),
      limit: LIMITS.maxFigureChars
    })
    return undefined
  }
  if (typeof value === 'string') {
    if (value.trim() === '' || isAbsentWord(value)) return undefined
    if (isErrorText(value)) {
      report('warning', 'errorCell', { error: value.trim() })
      return undefined
    }
  }
  if (typeof value === 'boolean') {
    report('warning', 'booleanInField', {})
    return undefined
  }
  switch (spec.type) {
    case 'kind':
      return parseKind(value, report)
    case 'currency': {
      const currency = parseCurrencyWord(cellText(value))
      if (!currency) report('warning', 'notANumber', { value: shortText(value) })
      return currency ? { kind: 'text', value: currency } : undefined
    }
    case 'date':
      return parseDate(value, context, report)
    default:
      break
  }
  if (value instanceof Date) {
    if (context.field === 'launchYear') return { kind: 'number', value: value.getUTCFullYear() }
    report('warning', 'dateInNumberField', {})
    return undefined
  }
  switch (spec.type) {
    case 'measure':
      return parseMeasured(value, spec, context, report)
    case 'integer':
      return parseInteger(value, spec, report)
    case 'price':
      return parsePriceCell(value, context, report)
  }
}

type Reported = [severity: 'warning' | 'error', name: string, params: IssueParams]

interface MemoEntry {
  parsed: ParsedCell | undefined
  reported: Reported[]
  /** The key itself, for strings: rows kept for later share this one copy. */
  text?: string
}

/** Longer texts are not memoised (notes, descriptions): they rarely repeat and would pin memory. */
const MEMO_TEXT_LIMIT = 200

/**
 * parseCell with a per-column memo of cell values (texts, and numbers). Inventories repeat
 * themselves (the same "80GB" or "700W" on thousands of rows), so most cells are parsed once;
 * the memo replays the warnings too, and parsed values are shared (never mutated by callers).
 * Bounded, so a column of unique values stops caching instead of growing.
 */
export class CellParser {
  private readonly memo = new Map<string | number, MemoEntry>()
  /**
   * After `parse` of a string: the memo's copy of that string (equal to it), or undefined when
   * the string is not memoised. Callers that keep cells swap it in so repeated texts share one copy.
   */
  text: string | undefined

  constructor(
    readonly context: CellContext,
    private readonly limit = 2000
  ) {}

  parse(value: CellValue, report: Report): ParsedCell | undefined {
    this.text = undefined
    let key: string | number
    if (typeof value === 'string') {
      if (value.length > MEMO_TEXT_LIMIT) return parseCell(value, this.context, report)
      key = value
    } else if (typeof value === 'number') {
      // 0 and -0 share a Map key but may parse differently (-0 kept as given): not memoised.
      if (value === 0 || !Number.isFinite(value)) return parseCell(value, this.context, report)
      key = value
    } else {
      return parseCell(value, this.context, report)
    }
    const hit = this.memo.get(key)
    if (hit) {
      this.text = hit.text
      const reported = hit.reported
      for (let index = 0; index < reported.length; index++)
        report(reported[index][0], reported[index][1], reported[index][2])
      return hit.parsed
    }
    // A full memo takes nothing more (a column of unique values): parse without recording.
    if (this.memo.size >= this.limit) return parseCell(value, this.context, report)
    return this.parseAndRemember(value, key, report)
  }

  /**
   * The first parse of a value, recording its warnings. Its own method: the recording closure
   * would otherwise make every `parse` call allocate a context for the variables it captures.
   */
  private parseAndRemember(
    value: CellValue,
    key: string | number,
    report: Report
  ): ParsedCell | undefined {
    const reported: Reported[] = []
    const parsed = parseCell(value, this.context, (severity, name, params) => {
      reported.push([severity, name, params])
      report(severity, name, params)
    })
    const entry: MemoEntry = { parsed, reported }
    if (typeof key === 'string') this.text = entry.text = key
    this.memo.set(key, entry)
    return parsed
  }
}
