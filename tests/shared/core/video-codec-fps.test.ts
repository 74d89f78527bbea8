/**
 * Video analytics with a stream codec (H.264 / H.265) and an analysis frame rate below the
 * capture rate (#19): decode follows the capture rate and the codec, inference follows the
 * analysed frames. Every expected number is worked by hand in the comment above it.
 */
import { describe, expect, it } from 'vitest'
import { localizeText } from '../../../src/shared/i18n/derivation-text'
import { estimate, only, run } from './helpers'

interface VideoFields {
  codec: string
  analysisFps: number
  topsPerStream: number
  decodeCapacity: number | null
  decodeBound: number | null
  computeBound: number
}

const base = { kind: 'video-analytics', streams: 100, resolution: '1080p', fps: 25 }
/** 1080p25 is 1.2× fewer pixels per second than 1080p30: 1920·1080·30 ÷ (1920·1080·25). */

describe('video codec in the decode capacity', () => {
  it('uses the H.264 figure by default and the published H.265 figure for H.265 (A30)', () => {
    // A30: 98 H.264 / 150 H.265 streams at 1080p30. 1080p25: floor(98 × 1.2) = floor(117.6) = 117,
    // floor(150 × 1.2) = 180.
    const h264 = run<VideoFields>({ ...base, accelerator: 'nvidia-a30-24gb', topsPerStream: 1 })
    expect(h264.codec).toBe('h264')
    expect(h264.decodeCapacity).toBe(98)
    expect(h264.decodeBound).toBe(117)
    const h265 = run<VideoFields>({
      ...base,
      accelerator: 'nvidia-a30-24gb',
      topsPerStream: 1,
      codec: 'h265'
    })
    expect(h265.decodeCapacity).toBe(150)
    expect(h265.decodeBound).toBe(180)
  })

  it('converts the H.264 figure by the editable H.265/H.264 ratio when no H.265 figure is published (910B)', () => {
    // 910B: 16 streams (CANN VDEC, one figure). Ratio 1 → 16, floor(16 × 1.2) = floor(19.2) = 19.
    const plain = run<VideoFields>({
      ...base,
      accelerator: 'huawei-ascend-910b',
      topsPerStream: 1,
      codec: 'h265'
    })
    expect(plain.decodeCapacity).toBe(16)
    expect(plain.decodeBound).toBe(19)
    // Ratio 1.5 → 16 × 1.5 = 24 streams, floor(24 × 1.2) = floor(28.8) = 28.
    const edited = run<VideoFields>({
      ...base,
      accelerator: 'huawei-ascend-910b',
      topsPerStream: 1,
      codec: 'h265',
      assumptions: { videoH265DecodeRatio: 1.5 }
    })
    expect(edited.decodeCapacity).toBe(24)
    expect(edited.decodeBound).toBe(28)
  })

  it('explains the converted capacity in words, in both languages', () => {
    const w = only(
      estimate([
        {
          id: 'v',
          ...base,
          accelerator: 'huawei-ascend-910b',
          topsPerStream: 1,
          codec: 'h265'
        }
      ])
    )
    const step = w.result.steps.find((s) => s.id === 'decodeCapacity')
    expect(step?.expr).toBe('decode1080p30Streams * videoH265DecodeRatio')
    expect(step?.formula).toContain('H.265/H.264 ratio')
    const zh = localizeText(step?.formula ?? '', 'zh-CN')
    expect(zh).toContain('比值')
    expect(zh).not.toMatch(/ratio|streams/)
  })
})

describe('capture frame rate versus analysis frame rate', () => {
  it('infers only the analysed frames: YOLOv5s at 5 of 25 frames per second', () => {
    // YOLOv5s 8.25 GMACs, no per-target model, utilisation 0.3:
    // all frames: 2 × 8.25 × 25 ÷ 1000 ÷ 0.3 = 1.375 TOPS; 5 frames/s: 2 × 8.25 × 5 ÷ 1000 ÷ 0.3 = 0.275.
    const every = run<VideoFields>({
      ...base,
      accelerator: 'huawei-ascend-910b',
      model: 'yolov5s-detection'
    })
    expect(every.analysisFps).toBe(25)
    expect(every.topsPerStream).toBeCloseTo(1.375, 9)
    const sampled = run<VideoFields>({
      ...base,
      accelerator: 'huawei-ascend-910b',
      model: 'yolov5s-detection',
      analysisFps: 5
    })
    expect(sampled.analysisFps).toBe(5)
    expect(sampled.topsPerStream).toBeCloseTo(0.275, 9)
    // Decoding still runs at the capture rate: the decode bound does not move (19 on 910B).
    expect(sampled.decodeBound).toBe(every.decodeBound)
    // Compute bound: floor(640 ÷ 0.275) = floor(2327.27) = 2327 versus floor(640 ÷ 1.375) = 465.
    expect(sampled.computeBound).toBe(2327)
    expect(every.computeBound).toBe(465)
  })

  it('scales a measured preset by the analysed frames (seed preset 5.5 TOPS at 25 fps → 10 fps)', () => {
    // 5.5 × 10 ÷ 25 = 2.2 TOPS per stream.
    const r = run<VideoFields>({
      ...base,
      accelerator: 'huawei-ascend-910b',
      model: 'seed-video-structuring-1080p25',
      analysisFps: 10
    })
    expect(r.topsPerStream).toBeCloseTo(2.2, 9)
  })

  it('refuses more analysed frames than captured ones, at the field', () => {
    const result = estimate([
      {
        id: 'v',
        ...base,
        accelerator: 'huawei-ascend-910b',
        topsPerStream: 1,
        analysisFps: 30
      }
    ])
    expect(result.ok).toBe(false)
    const issue = result.issues.find((i) => i.messageKey.endsWith('analysisAboveCapture'))
    expect(issue?.path).toBe('workloads[0].analysisFps')
    expect(issue?.message).toContain('25')
  })
})

describe('analytics presets as named assumption sets', () => {
  it('face recognition: RetinaFace-R50 + ArcFace-R100 per face', () => {
    // 2 × (44.43 + 5 faces × 12.1) × 25 ÷ 1000 ÷ 0.3 = 2 × 104.93 × 25 ÷ 1000 ÷ 0.3 = 17.488333…
    const r = run<VideoFields>({
      ...base,
      accelerator: 'huawei-ascend-910b',
      model: 'face-recognition'
    })
    expect(r.topsPerStream).toBeCloseTo(17.488333333, 6)
  })

  it('vehicle and plate: detector 0.1745 + 3 vehicles × 0.164 GMACs at 8 analysed frames/s', () => {
    // 2 × (0.1745 + 3 × 0.164) × 8 ÷ 1000 ÷ 0.3 = 2 × 0.6665 × 8 ÷ 1000 ÷ 0.3 = 0.035546…
    const r = run<VideoFields>({
      ...base,
      accelerator: 'huawei-ascend-910b',
      model: 'vehicle-plate-recognition',
      targetsPerFrame: 3,
      analysisFps: 8
    })
    expect(r.topsPerStream).toBeCloseTo(0.0355466667, 8)
  })

  it('behaviour analysis runs one network per frame (no per-target model)', () => {
    // 2 × 3.57 × 25 ÷ 1000 ÷ 0.3 = 0.595
    const r = run<VideoFields>({
      ...base,
      accelerator: 'huawei-ascend-910b',
      model: 'behaviour-analysis'
    })
    expect(r.topsPerStream).toBeCloseTo(0.595, 9)
  })

  it('person detection + re-ID: YOLOv8m + OSNet per person', () => {
    // 2 × (39.45 + 5 × 0.087) × 25 ÷ 1000 ÷ 0.3 = 2 × 39.885 × 25 ÷ 1000 ÷ 0.3 = 6.6475
    const r = run<VideoFields>({
      ...base,
      accelerator: 'huawei-ascend-910b',
      model: 'person-detection-reid'
    })
    expect(r.topsPerStream).toBeCloseTo(6.6475, 9)
  })
})
