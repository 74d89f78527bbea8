/**
 * The fixed seed set of `npm run fuzz`, inside `npm test`: hostile spreadsheets and plans
 * through the real import service and plan loader must end in a located error or a result
 * whose counts reconcile. (The full run, 1,000+ inputs with a hang watchdog, is `npm run fuzz`.)
 */
import { describe, expect, it } from 'vitest'
import { makeCase, runCase } from '../../fuzz/cases'
import { GOOD_OUTCOMES } from '../../fuzz/targets'

const SEEDS = [1, 2, 3]
const INPUTS_PER_SEED = 40

describe('fuzz: fixed seed set', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: ${INPUTS_PER_SEED} hostile inputs end in a located error or a reconciled result`, async () => {
      const findings: string[] = []
      for (let index = 0; index < INPUTS_PER_SEED; index++) {
        const fuzzCase = makeCase(seed, index)
        const verdict = await runCase(fuzzCase)
        if (!(GOOD_OUTCOMES as readonly string[]).includes(verdict.outcome))
          findings.push(
            `npm run fuzz -- --seed ${seed} --only ${index} (${fuzzCase.kind}): ${verdict.outcome} ${verdict.detail.split('\n')[0]}`
          )
      }
      expect(findings).toEqual([])
    }, 120_000)
  }
})
