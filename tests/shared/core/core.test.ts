/**
 * core/index.ts, the core's public API: what the main process, the CLI, the worker and the
 * renderer import. Each name must be the module's own (one instance, not a copy), and the
 * entry point must work end to end through it.
 */
import { describe, expect, it } from 'vitest'
import * as core from '../../../src/shared/core'
import { estimatePlan } from '../../../src/shared/core/estimate'
import { ASSUMPTIONS } from '../../../src/shared/core/assumptions'
import { defaultCatalog } from '../../../src/shared/core/catalog'
import { parsePlan } from '../../../src/shared/schema/plan'
import { gbToGiB, BYTES_PER_GB, BYTES_PER_GIB } from '../../../src/shared/core/units'

describe('the core’s public API', () => {
  it('re-exports the modules’ own functions and data', () => {
    expect(core.estimatePlan).toBe(estimatePlan)
    expect(core.ASSUMPTIONS).toBe(ASSUMPTIONS)
    expect(core.defaultCatalog).toBe(defaultCatalog)
    expect(core.parsePlan).toBe(parsePlan)
    expect(core.gbToGiB).toBe(gbToGiB)
  })

  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'ASSUMPTIONS',
        'BYTES_PER_ELEMENT',
        'BYTES_PER_GB',
        'BYTES_PER_GIB',
        'EXPR_FUNCTIONS',
        'ExprError',
        'RESOLUTION_PIXELS',
        'STANDARD_MEMORY_SIZES_GB',
        'assumptionDefinition',
        'availabilityOf',
        'buildCatalog',
        'choosePeak',
        'defaultAvailability',
        'defaultCatalog',
        'estimatePlan',
        'evaluateExpr',
        'excludes',
        'exprIdentifiers',
        'formatIssue',
        'gbToGiB',
        'localizeCatalogNames',
        'parseExpr',
        'parsePlan',
        'resolveAssumption'
      ].sort()
    )
  })

  it('unit constants: 1 GB = 10^9 bytes, 1 GiB = 2^30 bytes', () => {
    expect(BYTES_PER_GB).toBe(1e9)
    expect(BYTES_PER_GIB).toBe(2 ** 30)
    expect(core.gbToGiB(BYTES_PER_GIB / 1e9)).toBeCloseTo(1, 12)
  })

  it('the expression grammar is reachable: parse, list names, evaluate', () => {
    expect(core.parseExpr('ceil(a / b)')).toBeDefined()
    expect(core.exprIdentifiers('ceil(a / b)')).toEqual(['a', 'b'])
    // ceil(7 / 2) = 4
    expect(core.evaluateExpr('ceil(a / b)', { a: 7, b: 2 })).toBe(4)
    expect(() => core.parseExpr('a +')).toThrow(core.ExprError)
  })
})
