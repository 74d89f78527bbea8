import { describe, expect, it } from 'vitest'
import { defaultCatalog, estimatePlan, type AcceleratorGroup } from '@shared/core'
import type { PlanDocument } from '@shared/schema/plan'
import { hardwareGroups } from '../../../../../src/main/services/quote/workbook/hardware-specs'
import { trainingAndServing } from '../../../quote/helpers/fixtures'

const catalog = defaultCatalog()

/** A roll-up group as the core makes it, for the accelerator and server given. */
function group(acceleratorId: string, serverId: string): AcceleratorGroup {
  return { acceleratorId, server: { id: serverId } } as AcceleratorGroup
}

describe('hardwareGroups', () => {
  it('resolves the groups of an estimated plan to their catalog card and server', () => {
    const plan = trainingAndServing()
    const estimate = estimatePlan(plan)
    if (!estimate.ok || !estimate.totals) throw new Error('fixture plan should estimate')
    const groups = estimate.totals.byAccelerator
    const resolved = hardwareGroups(plan, groups)
    expect(resolved).toHaveLength(groups.length)
    for (const [index, entry] of resolved.entries()) {
      const { id, ...spec } = catalog.accelerators.get(groups[index].acceleratorId)!
      expect(entry.group).toBe(groups[index])
      expect(entry.accelerator).toEqual({ id, origin: 'catalog', spec })
      expect(entry.server).toBe(catalog.servers.get(groups[index].server.id))
    }
  })

  it('takes a workload’s own card for inline: ids, and the plan’s inventory before the catalog', () => {
    const inline = { name: 'Lab card', memoryGB: 24, memoryBandwidthGBs: 900, fp16Tflops: 100 }
    const plan = {
      workloads: [{ id: 'w1', accelerator: inline }],
      inventory: [
        { id: 'my-card', name: 'Our card', memoryGB: 48, quantityOnHand: 16, fp16Tflops: 200 }
      ]
    } as unknown as PlanDocument
    const serverId = [...catalog.servers.keys()][0]
    const [own, stock] = hardwareGroups(plan, [
      group('inline:w1', serverId),
      group('my-card', serverId)
    ])
    expect(own.accelerator).toEqual({ id: 'inline:w1', origin: 'inline', spec: inline })
    // The stock count is the inventory's business, not a spec.
    expect(stock.accelerator).toEqual({
      id: 'my-card',
      origin: 'inventory',
      spec: { name: 'Our card', memoryGB: 48, fp16Tflops: 200 }
    })
    expect(own.server).toBe(catalog.servers.get(serverId))
  })

  it('leaves the spec out for ids it cannot resolve, instead of guessing', () => {
    const plan = {
      workloads: [{ id: 'w1', accelerator: 'nvidia-h100-sxm5-80gb' }]
    } as unknown as PlanDocument
    const [named, missing, unknown] = hardwareGroups(plan, [
      // An inline id whose workload names a catalog card instead of carrying its own.
      group('inline:w1', 'no-such-server'),
      group('inline:gone', 'no-such-server'),
      group('no-such-card', 'no-such-server')
    ])
    expect(named.accelerator).toEqual({ id: 'inline:w1', origin: 'inline', spec: undefined })
    expect(missing.accelerator.spec).toBeUndefined()
    expect(unknown.accelerator).toEqual({ id: 'no-such-card', origin: 'catalog', spec: undefined })
    expect(unknown.server).toBeUndefined()
  })
})
