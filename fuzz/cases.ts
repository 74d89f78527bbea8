/** Input i of a run: which target it goes to and the bytes, derived from (seed, i) alone. */
import { inputRandom } from './random'
import { planInput, type PlanInput } from './inputs/plans'
import { millionRowCsv, spreadsheetInput, type FileInput } from './inputs/spreadsheets'
import { exportInput, httpInput, type ExportInput, type HttpInput } from './inputs/security'
import { runPlan, runSpreadsheet, type Verdict } from './targets'
import { runExport, runHttp } from './security-targets'

export type Target = 'import' | 'plan' | 'http' | 'export'

export interface FuzzCase {
  index: number
  target: Target
  kind: string
  input: FileInput | PlanInput | HttpInput | ExportInput
}

/** Index of the one very large input of a run (a 1,000,000-row sheet), made without the seed. */
export const MILLION_ROWS_INDEX = -1

/**
 * Even indices go to the spreadsheet import service, odd ones to the plan loader, except
 * that every tenth input (index ending in 7 or 9) goes to the web host or the exporters.
 */
export function makeCase(seed: number, index: number): FuzzCase {
  if (index === MILLION_ROWS_INDEX) {
    const input = millionRowCsv()
    return { index, target: 'import', kind: input.kind, input }
  }
  const random = inputRandom(seed, index)
  if (index % 20 === 7) {
    const input = httpInput(random)
    return { index, target: 'http', kind: input.kind, input }
  }
  if (index % 20 === 9) {
    const input = exportInput(random)
    return { index, target: 'export', kind: input.kind, input }
  }
  if (index % 2 === 0) {
    const input = spreadsheetInput(random)
    return { index, target: 'import', kind: input.kind, input }
  }
  const input = planInput(random)
  return { index, target: 'plan', kind: input.kind, input }
}

export function runCase(fuzzCase: FuzzCase): Promise<Verdict> {
  switch (fuzzCase.target) {
    case 'import':
      return runSpreadsheet(fuzzCase.input as FileInput)
    case 'http':
      return runHttp(fuzzCase.input as HttpInput)
    case 'export':
      return runExport(fuzzCase.input as ExportInput)
    default:
      return runPlan(fuzzCase.input as PlanInput)
  }
}
