/**
 * The cost chart's legend matches its bars (issue 14: the legend was green over blue bars,
 * because chart.js takes a bar dataset's legend colour from its first bar).
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { costChartConfig, TCO_BLUE } from '../../src/renderer/src/lib/cost-chart'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'

const plan = {
  format: PLAN_FORMAT,
  version: PLAN_VERSION,
  name: 't',
  workloads: [
    {
      id: 'chat',
      kind: 'llm-inference',
      accelerator: 'huawei-ascend-910b',
      model: 'llama-2-70b',
      weightPrecision: 'fp16',
      contextTokens: 4096,
      concurrency: 8,
      target: { requestsPerSecond: 10, inputTokens: 1000, outputTokens: 200 }
    }
  ],
  compare: { enabled: true }
}

describe('cost chart', () => {
  const group = estimatePlan(plan).compare!.groups[0]
  const config = costChartConfig(group, {
    tco: 'TCO',
    capex: 'Capex',
    axis: 'USD',
    capexColor: '#ccc'
  })!

  it('each dataset has one colour, so the legend swatch is the colour of its bars', () => {
    for (const dataset of config.data.datasets)
      expect(typeof dataset.backgroundColor).toBe('string')
    expect(config.data.datasets[0].backgroundColor).toBe(TCO_BLUE)
  })

  it('charts only ranked candidates, cheapest first, the recommended one starred and outlined', () => {
    const ranked = group.candidates.filter((c) => c.ranked)
    expect(config.data.labels!.length).toBe(Math.min(12, ranked.length))
    const first = String(config.data.labels![0])
    const best = group.candidates.find((c) => c.acceleratorId === group.recommended)!
    expect(first.startsWith('★ ')).toBe(true)
    expect(best.name.startsWith(first.slice(2).replace(/…$/, ''))).toBe(true)
    expect((config.data.datasets[0].borderWidth as number[])[0]).toBe(2)
  })
})
