/**
 * Results' compute fabric figure (issue 15): leaves, spines and cores with their counts, each
 * count opening its derivation step; "no compute fabric needed" when every replica fits in
 * one server; a large fabric drawn with a bounded number of shapes and its totals written out.
 */
import { describe, expect, it } from 'vitest'
import FabricTopology from '@renderer/components/results/FabricTopology.vue'
import { useDerivationStore } from '@renderer/stores/derivation'
import { explainTarget } from '@renderer/lib/explain'
import { estimatePlan, type EstimateResult } from '@shared/core'
import { mountIn, setup } from './harness'

function estimate(workloads: unknown[]): EstimateResult {
  const result = estimatePlan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'fabric',
    workloads,
    settings: { currency: 'USD', taxRate: 0.13 }
  })
  if (!result.ok || !result.totals?.cluster) throw new Error(JSON.stringify(result.issues))
  return result
}

const training = (accelerators: number) => ({
  id: 'train',
  kind: 'llm-training',
  accelerator: 'nvidia-h100-sxm5-80gb',
  model: 'llama-2-70b',
  tokens: 2e12,
  accelerators
})

describe('compute fabric figure on Results', () => {
  it('draws leaves and spines with their counts; a count opens its derivation', async () => {
    const result = estimate([training(256)])
    const context = setup()
    const wrapper = await mountIn(FabricTopology, { totals: result.totals }, context)
    const fabric = result.totals!.cluster!.groups[0].fabric
    expect(fabric).toMatchObject({ leaves: 16, spines: 8, tiers: 2 })
    expect(wrapper.find('[data-testid="fabric-count-leaves"]').text()).toBe('16 leaf switches')
    expect(wrapper.find('[data-testid="fabric-count-spines"]').text()).toBe('8 spine switches')
    expect(wrapper.find('[data-testid="fabric-count-cores"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="fabric-count-servers"]').text()).toBe('32 servers')
    // 2 leaf groups × 8 rails drawn as leaves, 8 spines.
    expect(wrapper.findAll('rect.leaf')).toHaveLength(16)
    expect(wrapper.findAll('rect.spine')).toHaveLength(8)

    await wrapper.find('[data-testid="fabric-count-spines"]').trigger('click')
    const derivation = useDerivationStore()
    expect(derivation.target).toEqual({
      scope: 'cluster',
      section: 'compute:nvidia-h100-sxm5-80gb',
      stepId: 'spines'
    })
    const explained = explainTarget(result, derivation.target!)
    expect(explained?.value).toBe(8)
    expect(explained?.context).toBe(result.totals!.byAccelerator[0].acceleratorName)
    await wrapper
      .find('[data-testid="fabric-count-nodeLinks"]')
      .trigger('keydown', { key: 'Enter' })
    expect(explainTarget(result, derivation.target!)?.value).toBe(fabric.nodeLinks)
  })

  it('says no fabric is needed when every replica fits in one server, in both languages', async () => {
    const result = estimate([
      {
        id: 's',
        kind: 'llm-inference',
        accelerator: 'nvidia-h100-sxm5-80gb',
        model: 'llama-2-7b',
        weightPrecision: 'fp16',
        contextTokens: 4096,
        concurrency: 8
      }
    ])
    const en = await mountIn(FabricTopology, { totals: result.totals }, setup())
    expect(en.find('svg').exists()).toBe(false)
    expect(en.text()).toContain('no compute fabric needed: every replica fits in one server')
    const zh = await mountIn(
      FabricTopology,
      { totals: result.totals },
      setup(() => null, 'zh-CN')
    )
    expect(zh.text()).toContain('无需计算网络：每个副本都在一台服务器内')
  })

  it('draws 8 Atlas servers on one switch without spines, in both languages', async () => {
    const result = estimate([
      {
        id: 'atlas',
        kind: 'llm-training',
        accelerator: 'huawei-ascend-910b',
        model: 'llama-2-7b',
        tokens: 1e11,
        accelerators: 64
      }
    ])
    const fabric = result.totals!.cluster!.groups[0].fabric
    // 8 servers × 8 × 200GE = 64 ports ≤ 128 on one CE9860: one switch, one tier.
    expect(fabric).toMatchObject({ tiers: 1, leaves: 1, spines: 0, leafGroups: 1 })
    const en = await mountIn(FabricTopology, { totals: result.totals }, setup())
    expect(en.findAll('rect.leaf')).toHaveLength(1)
    expect(en.findAll('rect.spine')).toHaveLength(0)
    expect(en.find('[data-testid="fabric-count-leaves"]').text()).toBe('1 leaf switch')
    expect(en.find('[data-testid="fabric-count-switchPorts"]').text()).toBe(
      'all 8 rails on one switch'
    )
    const zh = await mountIn(
      FabricTopology,
      { totals: result.totals },
      setup(() => null, 'zh-CN')
    )
    expect(zh.find('[data-testid="fabric-count-switchPorts"]').text()).toBe(
      '全部 8 个轨道接在同一台交换机上'
    )
  })

  it('a converged pair (convergedFabric) says so and opens the pair rule, in both languages', async () => {
    const result = estimatePlan({
      format: 'compute-planner/plan',
      version: 1,
      name: 'era',
      workloads: [training(96)],
      settings: {
        currency: 'USD',
        cluster: { computeSwitch: 'nvidia-sn5600', convergedFabric: true }
      }
    })
    // 12 servers × (8 + 2) = 120 ports ≤ 2 × 64 down ports: one converged pair.
    expect(result.totals!.cluster!.groups[0].fabric).toMatchObject({
      leaves: 2,
      leafPair: 'converged'
    })
    const en = await mountIn(FabricTopology, { totals: result.totals }, setup())
    const pair = en.get('[data-testid="fabric-count-pairDownPorts"]')
    expect(pair.text()).toBe('a redundant pair for all 8 rails and the north–south ports')
    expect(en.find('[data-testid="fabric-count-leavesPerRail"]').exists()).toBe(false)
    await pair.trigger('click')
    expect(useDerivationStore().target).toMatchObject({ scope: 'cluster', stepId: 'pairDownPorts' })
    const zh = await mountIn(
      FabricTopology,
      { totals: result.totals },
      setup(() => null, 'zh-CN')
    )
    expect(zh.get('[data-testid="fabric-count-pairDownPorts"]').text()).toBe(
      '一对冗余交换机承载全部 8 个轨道及南北向端口'
    )
  })

  it('keeps a three-tier fabric of 1,024 servers legible: few shapes, totals written out', async () => {
    const result = estimate([training(8192)])
    const fabric = result.totals!.cluster!.groups[0].fabric
    expect(fabric.tiers).toBe(3)
    const wrapper = await mountIn(
      FabricTopology,
      { totals: result.totals },
      setup(() => null, 'zh-CN')
    )
    expect(wrapper.findAll('rect').length).toBeLessThan(80)
    expect(wrapper.findAll('line').length).toBeLessThan(700)
    const count = (step: string) => wrapper.find(`[data-testid="fabric-count-${step}"]`).text()
    expect(count('leaves')).toBe(`叶交换机 ${fabric.leaves} 台`)
    expect(count('spines')).toBe(`脊交换机 ${fabric.spines} 台`)
    expect(count('cores')).toBe(`核心交换机 ${fabric.cores} 台`)
    expect(wrapper.text()).toContain('…')
  })
})
