/**
 * Results' fabric heading names both switch models when the plan's spine model differs from
 * the leaf (plan option cluster.computeSpineSwitch, issue 15), and only the leaf otherwise.
 */
import { describe, expect, it } from 'vitest'
import FabricTopology from '@renderer/components/results/FabricTopology.vue'
import { estimatePlan } from '@shared/core'
import { mountIn, setup } from './harness'

function totals(cluster: Record<string, unknown>) {
  const result = estimatePlan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'spine model',
    workloads: [
      {
        id: 'train',
        kind: 'llm-training',
        accelerator: 'huawei-ascend-910b',
        model: 'llama-2-70b',
        tokens: 2e12,
        accelerators: 512
      }
    ],
    settings: { currency: 'USD', taxRate: 0.13, cluster }
  })
  if (!result.ok || !result.totals?.cluster) throw new Error(JSON.stringify(result.issues))
  return result.totals
}

describe('fabric heading with a spine model', () => {
  it('names leaf and spine models when they differ', async () => {
    // 64 Atlas 800T A2 (8 × 200GE) on CE9860 leaves; SN5600 spines (400G ports split 2 × 200G).
    const plan = totals({ computeSpineSwitch: 'nvidia-sn5600' })
    const fabric = plan.cluster!.groups[0].fabric
    expect(fabric.spines).toBeGreaterThan(0)
    expect(fabric.spineSwitchId).toBe('nvidia-sn5600')
    const wrapper = await mountIn(FabricTopology, { totals: plan }, setup())
    const heading = wrapper.find('h4.heading').text()
    expect(heading).toContain(`${fabric.switchName} / ${fabric.spineSwitchName}`)
  })

  it('names the leaf model alone when the spine is the same model', async () => {
    const plan = totals({})
    const fabric = plan.cluster!.groups[0].fabric
    const wrapper = await mountIn(FabricTopology, { totals: plan }, setup())
    const heading = wrapper.find('h4.heading').text()
    expect(heading).toContain(fabric.switchName!)
    expect(heading).not.toContain(' / ')
  })
})
