/** Input i of a run: which target it goes to and the bytes, derived from (seed, i) alone. */
import { inputRandom } from './random'
import { planInput, type PlanInput } from './inputs/plans'
import { spreadsheetInput, type FileInput } from './inputs/spreadsheets'
import { runPlan, runSpreadsheet, type Verdict } from './targets'

export type Target = 'import' | 'plan'

export interface FuzzCase {
  index: number
  target: Target
  kind: string
  input: FileInput | PlanInput
}

/** Even indices go to the spreadsheet import service, odd ones to the plan loader. */
export function makeCase(seed: number, index: number): FuzzCase {
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
