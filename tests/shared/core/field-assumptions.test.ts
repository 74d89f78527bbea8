import { describe, expect, it } from 'vitest'
import {
  FIELD_ASSUMPTIONS,
  assumptionField,
  fieldOverrides,
  workloadOverrides
} from '../../../src/shared/core/field-assumptions'
import { ASSUMPTIONS } from '../../../src/shared/core/assumptions'
import type { Workload } from '../../../src/shared/schema/plan'

const video = (fields: Record<string, unknown>) =>
  ({ id: 'v', kind: 'video-analytics', ...fields }) as unknown as Workload

describe('field assumptions', () => {
  it('every mapped id is a registered assumption', () => {
    const ids = new Set(ASSUMPTIONS.map((definition) => definition.id))
    for (const fields of Object.values(FIELD_ASSUMPTIONS))
      for (const id of Object.keys(fields ?? {})) expect(ids.has(id), id).toBe(true)
  })

  it('assumptionField: the field for this kind only', () => {
    expect(assumptionField('video-analytics', 'clusterParallelEfficiency')).toBe('efficiency')
    expect(assumptionField('custom', 'customUtilization')).toBe('utilization')
    expect(assumptionField('custom', 'clusterParallelEfficiency')).toBeUndefined()
    expect(assumptionField('llm-training', 'mfu')).toBeUndefined()
  })

  it('fieldOverrides takes numbers only (an absent or non-number field sets nothing)', () => {
    expect(fieldOverrides(video({ efficiency: 0.8, headroom: 1.2 }))).toEqual({
      clusterParallelEfficiency: 0.8,
      videoHeadroom: 1.2
    })
    expect(fieldOverrides(video({ efficiency: undefined, headroom: '1.2' }))).toEqual({})
    expect(fieldOverrides({ id: 't', kind: 'llm-training' } as unknown as Workload)).toEqual({})
  })

  it('a field is the typical value; the range of the same assumption is kept, its typical ignored', () => {
    const w = video({
      efficiency: 0.8,
      assumptions: { clusterParallelEfficiency: { typical: 0.5, low: 0.6, high: 0.9 }, other: 3 }
    })
    expect(workloadOverrides(w)).toEqual({
      clusterParallelEfficiency: { typical: 0.8, low: 0.6, high: 0.9 },
      other: 3
    })
  })

  it('a field replaces a plain number override of the same assumption', () => {
    const w = video({ headroom: 1.5, assumptions: { videoHeadroom: 1.1 } })
    expect(workloadOverrides(w)).toEqual({ videoHeadroom: 1.5 })
  })

  it('does not change the workload’s own assumptions object', () => {
    const assumptions = { clusterParallelEfficiency: { typical: 0.5, low: 0.6, high: 0.9 } }
    workloadOverrides(video({ efficiency: 0.8, assumptions }))
    expect(assumptions.clusterParallelEfficiency.typical).toBe(0.5)
  })
})
