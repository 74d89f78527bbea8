/**
 * Issue 19, walked in zh-CN: the fabric figure's heading on Results read "Ascend 910B
 * (generic, as commonly quoted)：基于 Huawei CloudEngine 9860-4C-EI (200GE/400GE) 的 1 层多轨
 * 优化网络" — the card and the switch in English inside a Chinese sentence. Both are named as
 * the rest of the page names them.
 */
import { describe, expect, it } from 'vitest'
import FabricTopology from '@renderer/components/results/FabricTopology.vue'
import { estimatePlan } from '@shared/core'
import { defaultNetworkCatalog } from '@shared/core/cluster/network-catalog'
import { mountIn, setup } from './harness'

const result = estimatePlan({
  format: 'compute-planner/plan',
  version: 1,
  name: '训练',
  workloads: [
    {
      id: 'train',
      kind: 'llm-training',
      accelerator: 'huawei-ascend-910b',
      model: 'llama-2-70b',
      tokens: 2e12,
      accelerators: 64
    }
  ],
  settings: { currency: 'CNY', taxRate: 0.13 }
})

describe('fabric heading in the reader’s language', () => {
  it('names the card and the leaf switch by their Chinese names under zh-CN', async () => {
    expect(result.ok).toBe(true)
    const group = result.totals!.byAccelerator[0]
    const fabric = result.totals!.cluster!.groups[0].fabric
    expect(fabric.tiers).toBeGreaterThan(0)
    const sw = defaultNetworkCatalog().switches.find((s) => s.name === fabric.switchName)!
    expect(sw.nameZh).toBeDefined()
    const zh = await mountIn(
      FabricTopology,
      { totals: result.totals },
      setup(() => null, 'zh-CN')
    )
    const heading = zh.find('h4.heading').text()
    expect(heading).toContain(group.acceleratorNameZh)
    expect(heading).toContain(sw.nameZh)
    expect(heading).not.toContain(group.acceleratorName)
    expect(heading).not.toContain(sw.name)
    const en = await mountIn(FabricTopology, { totals: result.totals }, setup())
    expect(en.find('h4.heading').text()).toContain(sw.name)
  })
})
