import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VideoAnalyticsFields from '@renderer/components/workloads/VideoAnalyticsFields.vue'
import { newWorkload } from '@renderer/lib/workloads'
import { fieldsHarness, type } from './fields-harness'

const { mountFields: mountVideo } = fieldsHarness(
  VideoAnalyticsFields,
  () => newWorkload('custom', 'c'),
  () => newWorkload('video-analytics', 'v')
)

describe('VideoAnalyticsFields', () => {
  it('shows the video fields in English and Chinese', async () => {
    const en = await mountVideo('en')
    for (const label of [
      'Video streams',
      'Resolution',
      'Video codec',
      'Capture frame rate',
      'Frames analysed per second',
      'Algorithm preset',
      'Compute per stream from',
      'TOPS per stream',
      'Cluster parallel efficiency',
      'Extra headroom'
    ])
      expect(en.wrapper.text(), label).toContain(label)

    const zh = await mountVideo('zh-CN')
    for (const label of [
      '视频路数',
      '分辨率',
      '算法预设',
      '每路算力来源',
      '每路 TOPS',
      '集群并行效率',
      '额外余量'
    ])
      expect(zh.wrapper.text(), label).toContain(label)
    expect(zh.wrapper.text()).not.toContain('Video streams')
  })

  it('typing streams stores the count, and a percentage is stored as a fraction', async () => {
    const { plan, wrapper } = await mountVideo('en')
    await type(wrapper, '[data-testid="wl-1-streams-input"] input', '240')
    await type(wrapper, '[data-testid="wl-1-efficiency-input"] input', '85')
    expect(plan.plan.workloads[1]).toMatchObject({ streams: 240, resolution: '1080p' })
    expect((plan.plan.workloads[1] as { efficiency?: number }).efficiency).toBeCloseTo(0.85, 12)
    expect(plan.plan.workloads[0]).toEqual(newWorkload('custom', 'c'))
  })

  it('per-stream compute from a detector model replaces TOPS with model and targets per frame', async () => {
    const { plan, wrapper } = await mountVideo('en')
    expect(wrapper.find('[data-testid="wl-1-topsPerStream"]').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('Targets per frame')

    const group = wrapper.get('[role="radiogroup"][aria-label="Compute per stream from"]')
    const radios = group.findAll('input')
    expect(radios).toHaveLength(2)
    await radios[1].trigger('change')
    await flushPromises()
    const w = plan.plan.workloads[1] as Record<string, unknown>
    expect(w.topsPerStream).toBeUndefined()
    expect(typeof w.model).toBe('string')
    expect(typeof w.targetsPerFrame).toBe('number')
    expect(wrapper.find('[data-testid="wl-1-topsPerStream"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Targets per frame')
    expect(wrapper.text()).toContain('Detector model')

    await type(wrapper, 'input[aria-label="Targets per frame"]', '12')
    expect(plan.plan.workloads[1]).toMatchObject({ targetsPerFrame: 12 })

    // Back to measured TOPS: the model and its targets go.
    await group.findAll('input')[0].trigger('change')
    await flushPromises()
    const back = plan.plan.workloads[1] as Record<string, unknown>
    expect(back.model).toBeUndefined()
    expect(back.targetsPerFrame).toBeUndefined()
    expect(typeof back.topsPerStream).toBe('number')
  })
})
