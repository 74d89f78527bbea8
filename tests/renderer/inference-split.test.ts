/** components/results/InferenceSplit.vue: replica split, scale-up domain and card memory. */
import { describe, expect, it } from 'vitest'
import InferenceSplit from '@renderer/components/results/InferenceSplit.vue'
import { useUiStore } from '@renderer/stores/ui'
import { mountIn, setup } from './harness'

type Props = InstanceType<typeof InferenceSplit>['$props']
const full: Props['result'] = {
  split: { tensor: 4, pipeline: 2, expert: 1, chosen: 'auto' },
  scaleUp: { fabric: 'pcie', accelerators: 8 },
  memoryPerAccelerator: { capacityAsShipped: 64, capacityUnit: 'GiB', capacityGB: 68.72 }
} as Props['result']

describe('InferenceSplit', () => {
  it('writes the split, whether it was chosen, the domain and the card as shipped', async () => {
    const wrapper = await mountIn(InferenceSplit, { result: full, index: 2 }, setup())
    expect(wrapper.get('[data-testid="split-2"]').text()).toBe('4 × 2 × 1 chosen automatically')
    expect(wrapper.get('[data-testid="scale-up-2"]').text()).toBe('8 cards, PCIe (no fabric)')
    expect(wrapper.get('[data-testid="card-memory-2"]').text()).toBe('64 GiB = 68.72 GB')
    wrapper.unmount()
  })

  it('in Chinese, a given split says so, and an unknown fabric keeps its own name', async () => {
    const context = setup(() => null, 'zh-CN')
    useUiStore().setLocale('zh-CN')
    const result = {
      ...full,
      split: { tensor: 8, pipeline: 1, expert: 2, chosen: 'given' },
      scaleUp: { fabric: 'ub-mesh', accelerators: 16 }
    } as Props['result']
    const wrapper = await mountIn(InferenceSplit, { result, index: 0 }, context)
    expect(wrapper.text()).toContain('切分（张量 × 流水线 × 专家）')
    expect(wrapper.get('[data-testid="split-0"]').text()).toBe('8 × 1 × 2 按设定')
    expect(wrapper.get('[data-testid="scale-up-0"]').text()).toBe('16 卡，ub-mesh')
    wrapper.unmount()
  })

  it('shows only the parts the result has', async () => {
    const wrapper = await mountIn(
      InferenceSplit,
      { result: { memoryPerAccelerator: full.memoryPerAccelerator } as Props['result'], index: 1 },
      setup()
    )
    expect(wrapper.findAll('dt').map((dt) => dt.text())).toEqual(['Card memory as shipped'])
    wrapper.unmount()
  })
})
