/**
 * A measurements sheet → calibration measurements (issue 16, "Calibrate"). The importer's
 * reader (main/services/inventory/read) turns a CSV or .xlsx into rows of cells; this pure
 * step finds the header row, maps columns by their English or Chinese names, and checks
 * every row against the measurement schema. A row that cannot be used is reported with its
 * sheet, row, column and field — never dropped silently, never coerced.
 */
import { calibrationMeasurementSchema, type CalibrationMeasurement } from '../schema/calibration'

export type SheetCell = string | number | boolean | null

export interface SheetRow {
  /** 1-based, as the spreadsheet shows it. */
  row: number
  cells: SheetCell[]
}

export interface MeasurementIssue {
  sheet: string
  row: number
  /** Column letter (A, B, …), empty for a problem of the whole row or sheet. */
  column: string
  field: string
  /** Key under `calibration.issues`. */
  key: 'noHeader' | 'badKind' | 'notANumber' | 'invalid' | 'noRows' | 'unreadable'
  value?: string
}

type Field = keyof CalibrationMeasurement

/** Header texts (lower case, spaces and punctuation squeezed) → field. */
const HEADERS: Record<Field, string[]> = {
  kind: ['kind', 'workload', 'type', '类型', '负载类型'],
  accelerator: ['accelerator', 'card', 'gpu', 'npu', '加速卡', '卡型'],
  model: ['model', '模型'],
  accelerators: ['accelerators', 'cards', 'gpus', 'cardcount', '卡数'],
  sequenceLength: ['sequencelength', 'seqlen', 'sequence', '序列长度'],
  tokensPerSecondPerAccelerator: [
    'tokens/spercard',
    'tokenspersecondpercard',
    'tokenspersecondperaccelerator',
    'tokens/s/card',
    '每卡tokens/s',
    '每卡吞吐'
  ],
  stepTimeSeconds: ['steptime', 'steptimes', 'steptime(s)', '步时间', '单步时间(s)', '单步时间'],
  tokensPerStep: ['tokensperstep', '每步tokens', '每步token数'],
  method: ['method', '方法'],
  outputTokensPerSecond: [
    'outputtokens/s',
    'outputtokenspersecond',
    'decodetokens/s',
    '输出tokens/s',
    '输出吞吐'
  ],
  batch: ['batch', 'batchsize', '批量'],
  contextTokens: ['context', 'contexttokens', 'contextlength', '上下文', '上下文长度'],
  memoryUsedGB: [
    'memoryusedgb',
    'memory(gb)',
    'memorygb',
    'memoryused',
    '显存(gb)',
    '显存占用(gb)',
    '显存占用'
  ]
}

const KINDS: Record<string, CalibrationMeasurement['kind']> = {
  'llm-training': 'llm-training',
  training: 'llm-training',
  pretraining: 'llm-training',
  训练: 'llm-training',
  'llm-finetuning': 'llm-finetuning',
  finetuning: 'llm-finetuning',
  'fine-tuning': 'llm-finetuning',
  微调: 'llm-finetuning',
  'llm-inference': 'llm-inference',
  inference: 'llm-inference',
  serving: 'llm-inference',
  推理: 'llm-inference'
}

const TEXT_FIELDS: ReadonlySet<Field> = new Set(['kind', 'accelerator', 'model', 'method'])

function squeeze(text: string): string {
  return text.toLowerCase().replace(/[\s_\-·]+/g, '')
}

function fieldOf(header: SheetCell): Field | undefined {
  if (typeof header !== 'string') return undefined
  const key = squeeze(header)
  return (Object.keys(HEADERS) as Field[]).find((field) =>
    HEADERS[field].some((name) => squeeze(name) === key)
  )
}

export function columnLetter(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

const blank = (cell: SheetCell) => cell === null || (typeof cell === 'string' && cell.trim() === '')

export function readMeasurementRows(
  sheet: string,
  rows: SheetRow[]
): { measurements: CalibrationMeasurement[]; rows: number[]; issues: MeasurementIssue[] } {
  const issues: MeasurementIssue[] = []
  const measurements: CalibrationMeasurement[] = []
  const used: number[] = []
  // The header row: the first row naming at least the card, the model and the kind.
  const headerIndex = rows.findIndex((r) => {
    const fields = new Set(r.cells.map(fieldOf))
    return fields.has('accelerator') && fields.has('model') && fields.has('kind')
  })
  if (headerIndex < 0) {
    issues.push({ sheet, row: rows[0]?.row ?? 1, column: '', field: '', key: 'noHeader' })
    return { measurements, rows: used, issues }
  }
  const columns = rows[headerIndex].cells.map(fieldOf)
  for (const { row, cells } of rows.slice(headerIndex + 1)) {
    if (cells.every(blank)) continue
    const draft: Record<string, unknown> = {}
    let ok = true
    columns.forEach((field, index) => {
      const cell = cells[index] ?? null
      if (!field || blank(cell)) return
      const column = columnLetter(index)
      if (field === 'kind') {
        const kind = KINDS[squeeze(String(cell))] ?? KINDS[String(cell).trim()]
        if (!kind) {
          ok = false
          issues.push({ sheet, row, column, field, key: 'badKind', value: String(cell) })
        } else draft.kind = kind
      } else if (TEXT_FIELDS.has(field)) {
        draft[field] = String(cell).trim()
      } else {
        const value = typeof cell === 'number' ? cell : Number(String(cell).replace(/,/g, ''))
        if (typeof cell === 'boolean' || !Number.isFinite(value)) {
          ok = false
          issues.push({ sheet, row, column, field, key: 'notANumber', value: String(cell) })
        } else draft[field] = value
      }
    })
    if (!ok) continue
    const parsed = calibrationMeasurementSchema.safeParse(draft)
    if (!parsed.success) {
      for (const problem of parsed.error.issues) {
        const field = String(problem.path[0] ?? '')
        const index = columns.indexOf(field as Field)
        issues.push({
          sheet,
          row,
          column: index >= 0 ? columnLetter(index) : '',
          field,
          key: 'invalid',
          value: draft[field] === undefined ? '' : String(draft[field])
        })
      }
      continue
    }
    measurements.push(parsed.data)
    used.push(row)
  }
  if (measurements.length === 0 && issues.length === 0)
    issues.push({ sheet, row: rows[headerIndex].row, column: '', field: '', key: 'noRows' })
  return { measurements, rows: used, issues }
}
