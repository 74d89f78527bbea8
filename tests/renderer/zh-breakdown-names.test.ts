/**
 * Issue 19, walked in zh-CN: Results' per-accelerator table printed "Atlas 300I inference card
 * (model 3000/3010, 4x Ascend 310)" and "Huawei Atlas 800 inference server (…)" in a Chinese
 * page, while the bill of materials below it used the catalog's Chinese names. The card and
 * the server model are named as the rest of the page names them, in either language.
 */
import { describe, expect, it } from 'vitest'
import AcceleratorBreakdown from '@renderer/components/results/AcceleratorBreakdown.vue'
import { estimatePlan } from '@shared/core'
import { mountIn, setup } from './harness'

const result = estimatePlan({
  format: 'compute-planner/plan',
  version: 1,
  name: '省级算力平台',
  workloads: [
    {
      id: 'video-1',
      kind: 'video-analytics',
      accelerator: 'huawei-atlas-300i-3000',
      streams: 5000,
      model: 'yolov5s-detection-resnet18-attributes'
    },
    {
      id: 'serve-1',
      kind: 'llm-inference',
      accelerator: 'huawei-ascend-910b',
      model: 'qwen2.5-72b',
      weightPrecision: 'int8',
      contextTokens: 4096,
      concurrency: 200
    }
  ]
})

describe('per-accelerator table names cards and servers in the reader’s language', () => {
  const groups = result.totals!.byAccelerator

  it('zh-CN: the catalog’s Chinese names, never the English ones', async () => {
    expect(groups).toHaveLength(2)
    const wrapper = await mountIn(
      AcceleratorBreakdown,
      { result },
      setup(() => null, 'zh-CN')
    )
    for (const group of groups) {
      const row = wrapper.find(`[data-testid="by-accelerator-row-${group.acceleratorId}"]`)
      expect(group.acceleratorNameZh, group.acceleratorId).toBeDefined()
      expect(group.server.nameZh, group.server.id).toBeDefined()
      expect(row.text()).toContain(group.acceleratorNameZh)
      expect(row.text()).not.toContain(group.acceleratorName)
      const model = row.find('[data-testid="by-accelerator-server-model"]').text()
      expect(model).toBe(group.server.nameZh)
    }
  })

  it('en: the English names', async () => {
    const wrapper = await mountIn(AcceleratorBreakdown, { result }, setup())
    for (const group of groups) {
      const row = wrapper.find(`[data-testid="by-accelerator-row-${group.acceleratorId}"]`)
      expect(row.text()).toContain(group.acceleratorName)
      expect(row.find('[data-testid="by-accelerator-server-model"]').text()).toBe(group.server.name)
    }
  })
})
