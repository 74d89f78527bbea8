/**
 * Decode bound away from 1080p30 (issue 16): pixel-rate scaling, with the frame-rate gain on
 * frames smaller than 1080p capped at `videoDecodeSmallFrameGain` (typical 2, range 2–2.25),
 * and the full-pipeline share of the decoder (`videoDecodePipelineShare`, typical 1, range
 * 0.8–1.05) widening the range. Every expected number is worked by hand in the comment above it, from the
 * Atlas 300I Pro's catalog figure: 96 streams of 1080p30 (CANN VDEC 2880 FPS ÷ 30).
 */
import { describe, expect, it } from 'vitest'
import { run } from './helpers'

interface Result {
  decodeBound: number | null
  binding: string
  ranges: Record<string, { typical: number; low: number; high: number }>
}

// A negligible model so the decoder binds (140 TOPS ÷ 0.01 = 14,000 streams of compute).
const base = {
  kind: 'video-analytics',
  accelerator: 'huawei-atlas-300i-pro',
  streams: 1,
  topsPerStream: 0.01,
  codec: 'h264'
}

describe('decode bound across resolutions', () => {
  it('4K scales by the pixel ratio: 96 ÷ 4 = 24 streams at 30 fps (CANN: 720 FPS ÷ 30)', () => {
    const r = run<Result>({ ...base, resolution: '4k', fps: 30 })
    expect(r.decodeBound).toBe(24)
    expect(r.binding).toBe('decode')
  })

  it('720p gains twice the 1080p frame rate, not the 2.25× pixel ratio: 96 × 2 = 192 (216 uncapped)', () => {
    const r = run<Result>({ ...base, resolution: '720p', fps: 30 })
    expect(r.decodeBound).toBe(192)
    // Optimistic end: the pixel ratio and the pipeline share's high end, floor(96 × 1.05 × 2.25)
    // = floor(226.8) = 226.
    expect(r.ranges.streamsPerAccelerator.high).toBe(226)
  })

  it('480p is capped at the same 2× (pixel ratio 5.06 would give 485)', () => {
    // 1920·1080 ÷ (854·480) = 5.06; capped at 2 → 192; optimistic: floor(96 × 1.05 × 2.25) = 226.
    const r = run<Result>({ ...base, resolution: '480p', fps: 30 })
    expect(r.decodeBound).toBe(192)
    expect(r.ranges.streamsPerAccelerator.high).toBe(226)
  })

  it('1080p is unchanged by the cap; the pipeline share sets the ends: floor(96 × 0.8) = 76, floor(96 × 1.05) = 100', () => {
    const r = run<Result>({ ...base, resolution: '1080p', fps: 30 })
    expect(r.decodeBound).toBe(96)
    expect(r.ranges.streamsPerAccelerator).toEqual({ typical: 96, low: 76, high: 100 })
  })

  it('frame rate still divides: 720p at 25 fps = floor(96 × 2 × 30 ÷ 25) = 230', () => {
    const r = run<Result>({ ...base, resolution: '720p', fps: 25 })
    expect(r.decodeBound).toBe(230)
  })

  it('an edited cap is used: 2.25 at 720p gives floor(96 × 2.25) = 216', () => {
    const r = run<Result>({
      ...base,
      resolution: '720p',
      fps: 30,
      assumptions: { videoDecodeSmallFrameGain: 2.25 }
    })
    expect(r.decodeBound).toBe(216)
  })
})
