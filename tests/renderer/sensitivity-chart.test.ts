/** lib/sensitivity-chart.ts: the tornado's chart.js configuration. */
import { describe, expect, it } from 'vitest'
import { tornadoConfig } from '@renderer/lib/sensitivity-chart'

describe('tornadoConfig', () => {
  const text = { swing: 'Range of the result', axis: 'Accelerators (typical 747)' }

  it('one floating bar per assumption, in the order given, on a horizontal axis', () => {
    const config = tornadoConfig(
      [
        { label: ['LLM training model', 'FLOPs utilisation'], min: 560, max: 968 },
        { label: 'Training goodput', min: 694, max: 898 }
      ],
      text,
      '#2080f0'
    )!
    expect(config.data.labels).toEqual([
      ['LLM training model', 'FLOPs utilisation'],
      'Training goodput'
    ])
    expect(config.data.datasets).toEqual([
      {
        label: 'Range of the result',
        data: [
          [560, 968],
          [694, 898]
        ],
        backgroundColor: '#2080f0'
      }
    ])
    expect(config.options?.indexAxis).toBe('y')
    const x = config.options?.scales?.x as { beginAtZero: boolean; title: { text: string } }
    // The bars sit around the typical value, not from zero.
    expect(x.beginAtZero).toBe(false)
    expect(x.title.text).toBe('Accelerators (typical 747)')
  })

  it('no chart without a bar (the card says so in words instead)', () => {
    expect(tornadoConfig([], text, '#2080f0')).toBeNull()
  })
})
