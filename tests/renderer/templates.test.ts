/** templates/index.ts: the Scenario step's ready plans, read like a file the planner opens. */
import { describe, expect, it } from 'vitest'
import { loadTemplate, templateIds, TEMPLATE_IDS } from '@renderer/templates'
import { estimatePlan } from '@shared/core'

describe('templates', () => {
  it('offers every template in its fixed order (each file is shipped)', () => {
    expect(templateIds()).toEqual([...TEMPLATE_IDS])
  })

  it.each(TEMPLATE_IDS)('%s loads as a valid plan that estimates without an error', async (id) => {
    const loaded = await loadTemplate(id)
    expect(loaded.ok, JSON.stringify(loaded.ok ? null : loaded.issues)).toBe(true)
    if (!loaded.ok) return
    expect(loaded.plan.workloads.length).toBeGreaterThan(0)
    const result = estimatePlan(loaded.plan)
    expect(result.ok, JSON.stringify(result.issues)).toBe(true)
    expect(result.totals?.accelerators).toBeGreaterThan(0)
  })

  it('an unknown id is an issue, not an exception', async () => {
    const loaded = await loadTemplate('no-such-template')
    expect(loaded).toEqual({
      ok: false,
      issues: [expect.objectContaining({ message: 'unknown template no-such-template' })]
    })
    // A path that only ends like a template does not match another id.
    expect((await loadTemplate('3000')).ok).toBe(false)
  })
})
