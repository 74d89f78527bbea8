/** Issue 13 (Low): the scaling chart's axis is linear at real x values; labels are never cut. */
import { describe, expect, it } from 'vitest'
import { linearPoints, wrapLabel } from '@renderer/lib/chart-axes'
import { SCALE_FACTORS } from '@renderer/lib/whatif'

describe('chart axes', () => {
  it('a linear relation stays a straight line: equal x steps have equal slopes', () => {
    // Accelerators proportional to request rate, at the variants' geometric rates.
    const points = linearPoints(SCALE_FACTORS.map((f) => ({ x: 10 * f, y: 4 * f })).reverse())
    expect(points.map((p) => p.x)).toEqual([2.5, 5, 10, 20, 40])
    const slopes = points.slice(1).map((p, i) => (p.y - points[i].y) / (p.x - points[i].x))
    for (const slope of slopes) expect(slope).toBeCloseTo(0.4, 10)
  })

  it('long sensitivity labels wrap whole, with nothing cut', () => {
    const label = 'Model FLOPs utilisation (training, dense Hopper) per accelerator'
    const lines = wrapLabel(label)
    expect(lines.join(' ')).toBe(label)
    expect(lines.every((line) => line.length <= 24)).toBe(true)
    expect(lines.join('')).not.toContain('…')
    expect(wrapLabel('训练中的模型浮点利用率（MFU）')).toEqual(['训练中的模型浮点利用率（MFU）'])
  })
})
