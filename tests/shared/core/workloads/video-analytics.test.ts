/**
 * core/workloads/videoAnalytics.ts: the three per-card bounds and the card count, on an inline
 * card with round figures (100 INT8 TOPS, 40 decoded 1080p30 H.264 streams, 16 GB) so each
 * bound is worked by hand. Codec conversion and the vision-model presets are in
 * video-codec-fps.test.ts. Efficiency, headroom and per-stream memory are read from the
 * resolved assumptions, so a recalibration moves the expectations with it.
 */
import { describe, expect, it } from 'vitest'
import type { VideoAnalyticsResult } from '../../../../src/shared/core/workloads/videoAnalytics'
import { estimatePlan } from '../../../../src/shared/core/estimate'
import { plan } from '../helpers'

/** The whole-cluster sizing is not this module's: left out so each estimate stays quick. */
const NO_CLUSTER = { settings: { cluster: { enabled: false } } }

const card = {
  vendor: 'Test',
  name: 'Video card',
  architecture: 'ampere',
  int8Tops: 100,
  fp16Tflops: 50,
  decode1080p30Streams: 40,
  memoryGB: 16,
  memoryUnit: 'GB',
  memoryType: 'GDDR6'
}

type Video = VideoAnalyticsResult & {
  assumptions: { id: string; value: number }[]
  warnings: { key: string }[]
  steps: { id: string; value: number }[]
}

function video(fields: Record<string, unknown>, accelerator: Record<string, unknown> = card) {
  const result = estimatePlan(
    plan(
      [
        {
          id: 'v',
          kind: 'video-analytics',
          accelerator,
          precision: 'int8',
          resolution: '1080p',
          codec: 'h264',
          fps: 30,
          analysisFps: 30,
          ...fields
        }
      ],
      NO_CLUSTER
    )
  )
  if (!result.ok) return { issues: result.issues, r: undefined }
  return { issues: [], r: result.workloads[0].result as unknown as Video }
}
const used = (r: Video, id: string) => r.assumptions.find((a) => a.id === id)!.value

describe('video analytics: streams per card', () => {
  it('compute bound: floor(card TOPS ÷ TOPS per stream)', () => {
    // floor(100 / 3) = 33; decode 40; memory far above → 33, compute-bound.
    const { r } = video({ streams: 100, topsPerStream: 3 })
    expect(r!.computeBound).toBe(33)
    expect(r!.decodeBound).toBe(40)
    expect(r!.streamsPerAccelerator).toBe(Math.min(33, 40, r!.memoryBound!))
    expect(r!.binding).toBe('compute')
  })

  it('decode bound scales by pixel rate: 4K at 30 fps is 4 × 1080p30', () => {
    // floor(40 × (1920·1080·30) / (3840·2160·30)) = floor(40 / 4) = 10.
    const { r } = video({ streams: 100, topsPerStream: 1, resolution: '4k' })
    expect(r!.decodeBound).toBe(10)
    // 1080p at 15 fps: twice the streams the decoder carries at 30.
    const { r: half } = video({ streams: 100, topsPerStream: 1, fps: 15, analysisFps: 15 })
    expect(half!.decodeBound).toBe(80)
  })

  it('memory bound: (card memory − model) ÷ per-stream memory × pixel ratio', () => {
    const { r } = video({ streams: 100, topsPerStream: 0.5 })
    const model = used(r!, 'videoModelMemoryGB')
    const perStream = used(r!, 'videoMemoryPerStreamGB')
    expect(r!.memoryBound).toBe(Math.floor((16 - model) / perStream))
    expect(r!.streamsPerAccelerator).toBe(Math.min(200, 40, r!.memoryBound!))
  })

  it('cards: ceil(streams ÷ per card), then ÷ efficiency × (1 + headroom), rounded up', () => {
    const { r } = video({ streams: 1000, topsPerStream: 4 })
    // 25 per card by compute (floor(100 / 4)).
    const perCard = Math.min(25, 40, r!.memoryBound!)
    expect(r!.acceleratorsBeforeEfficiency).toBe(Math.ceil(1000 / perCard))
    const efficiency = used(r!, 'clusterParallelEfficiency')
    const headroom = used(r!, 'videoHeadroom')
    expect(r!.accelerators).toBe(
      Math.ceil((r!.acceleratorsBeforeEfficiency / efficiency) * (1 + headroom))
    )
  })

  it('the seed’s example with its own figures: 3000 ÷ 16 → 188 → 188 ÷ 0.9 → 209', () => {
    // Efficiency 0.9 and no headroom as the seed states them (seed §8).
    const { r } = video({
      streams: 3000,
      topsPerStream: 100 / 16,
      efficiency: 0.9,
      headroom: 0
    })
    expect(r!.streamsPerAccelerator).toBe(16)
    expect(r!.acceleratorsBeforeEfficiency).toBe(188)
    expect(r!.accelerators).toBe(209)
  })
})

describe('video analytics: what a card does not publish, and bad input', () => {
  it('no decode figure: no decode bound, and a warning naming the card', () => {
    const { decode1080p30Streams: _decode, ...noDecoder } = card
    const { r } = video({ streams: 10, topsPerStream: 1 }, noDecoder)
    expect(r!.decodeBound).toBeNull()
    expect(r!.warnings.map((w) => w.key)).toContain('core.warnings.decodeUnknown')
  })

  it('no memory figure: no memory bound, and a warning', () => {
    const { memoryGB: _memory, memoryUnit: _unit, ...noMemory } = card
    const { r } = video({ streams: 10, topsPerStream: 1 }, noMemory)
    expect(r!.memoryBound).toBeNull()
    expect(r!.warnings.map((w) => w.key)).toContain('core.warnings.memoryUnknown')
  })

  it('a stream heavier than a whole card is refused at streams, naming the bound', () => {
    const { issues } = video({ streams: 10, topsPerStream: 150 })
    expect(issues).toMatchObject([
      {
        path: 'workloads[0].streams',
        messageKey: 'core.validation.streamExceedsAccelerator',
        params: { bound: 'compute' }
      }
    ])
  })

  it('more analysed than captured frames is refused at analysisFps', () => {
    const { issues } = video({ streams: 10, topsPerStream: 1, fps: 10, analysisFps: 12 })
    expect(issues.map((i) => i.path)).toEqual(['workloads[0].analysisFps'])
  })
})
