/** Input i of a run: which target it goes to and the bytes, derived from (seed, i) alone. */
import { inputRandom } from './random'
import { planInput, type PlanInput } from './inputs/plans'
import { millionRowCsv, spreadsheetInput, type FileInput } from './inputs/spreadsheets'
import { runPlan, runSpreadsheet, type Verdict } from './targets'

export type Target = 'import' | 'plan'

export interface FuzzCase {
  index: number
  target: Target
  kind: string
  input: FileInput | PlanInput
}

/** Index of the one very large input of a run (a 1,000,000-row sheet), made without the seed. */
export const MILLION_ROWS_INDEX = -1

/** Even indices go to the spreadsheet import service, odd ones to the plan loader. */
export function makeCase(seed: number, index: number): FuzzCase {
  if (index === MILLION_ROWS_INDEX) {
    const input = millionRowCsv()
    return { index, target: 'import', kind: input.kind, input }
  }
  const random = inputRandom(seed, index)
  if (index % 2 === 0) {
    const input = spreadsheetInput(random)
    return { index, target: 'import', kind: input.kind, input }
  }
  const input = planInput(random)
  return { index, target: 'plan', kind: input.kind, input }
}

export function runCase(fuzzCase: FuzzCase): Promise<Verdict> {
  return fuzzCase.target === 'import'
    ? runSpreadsheet(fuzzCase.input as FileInput)
    : runPlan(fuzzCase.input as PlanInput)
}
