/**
 * Video analytics inference: streams per card = min(compute, decode, memory) bounds; cards =
 * ceil(streams ÷ per card), then ÷ cluster efficiency (seed §8: 3000 ÷ 16 → 188 → 188 ÷ 0.9
 * → 209). Every captured frame is decoded (capture fps, in the stream's codec); only the
 * analysed frames are inferred (analysis fps ≤ capture fps).
 */
import type { Resolution, VideoAnalyticsWorkload, VideoCodec } from '../../schema/plan'
import { requiredDefault } from '../workload-defaults'
import { RESOLUTION_PIXELS } from '../units'
import { resolveVision } from '../models'
import { Calc, type Outcome, type WorkloadContext } from './context'

const KIND = 'video-analytics'
type VideoPrecision = NonNullable<VideoAnalyticsWorkload['precision']>

export type StreamBound = 'compute' | 'decode' | 'memory'

export interface VideoAnalyticsResult {
  topsPerStream: number
  streamsPerAccelerator: number
  computeBound: number
  codec: VideoCodec
  analysisFps: number
  /** Decoder capacity for the stream codec in 1080p30 streams; null when unpublished. */
  decodeCapacity: number | null
  decodeBound: number | null
  memoryBound: number | null
  binding: StreamBound
  acceleratorsBeforeEfficiency: number
  accelerators: number
}

export function computeVideoAnalytics(
  w: VideoAnalyticsWorkload,
  ctx: WorkloadContext
): Outcome<VideoAnalyticsResult> {
  const precision = w.precision ?? requiredDefault<VideoPrecision>(KIND, 'precision')
  const calc = new Calc(ctx, { kind: 'video-analytics', precision })
  if (w.precision === undefined) calc.noteDefault('precision', precision)
  const resolution = w.resolution ?? requiredDefault<Resolution>(KIND, 'resolution')
  if (w.resolution === undefined) calc.noteDefault('resolution', resolution)
  const pixels = RESOLUTION_PIXELS[resolution]

  const codec = w.codec ?? requiredDefault<VideoCodec>(KIND, 'codec')
  if (w.codec === undefined) calc.noteDefault('codec', codec)

  calc.input('streams', w.streams, 'streams')
  const fps = calc.inputOrDefault('fps', w.fps, requiredDefault<number>(KIND, 'fps'), 'frames/s')
  const analysisFps = calc.inputOrDefault(
    'analysisFps',
    w.analysisFps,
    requiredDefault<number>(KIND, 'analysisFps', { workload: { fps } }),
    'frames/s'
  )
  if (analysisFps > fps) calc.fail(['analysisFps'], 'analysisAboveCapture', { fps })
  calc.lookup(
    'framePixels',
    pixels.width * pixels.height,
    'pixels',
    `${resolution} = ${pixels.width}×${pixels.height}`
  )

  // ---- compute per stream
  if (w.topsPerStream !== undefined) {
    calc.input('topsPerStreamGiven', w.topsPerStream, 'TOPS/stream')
    // A measured per-stream figure carries to another card by the INT8 peak ratio only
    // roughly (batching, bandwidth, clocks under the power cap): `videoMeasuredTransfer`.
    calc.use('videoMeasuredTransfer')
    calc.f('topsPerStream', 'topsPerStreamGiven / videoMeasuredTransfer', 'TOPS/stream')
  } else if (w.model !== undefined) {
    perStreamFromModel(w, calc, ctx)
  }
  calc.field('topsPerStream', 'topsPerStream')

  // ---- the three bounds
  calc.peak(precision, 'peakTops')
  calc.f(
    'computeBound',
    'floor(peakTops / topsPerStream)',
    'streams',
    'floor(card TOPS ÷ TOPS per stream)'
  )
  calc.field('computeBound', 'computeBound')
  const bounds: { kind: StreamBound; id: string }[] = [{ kind: 'compute', id: 'computeBound' }]
  const spec = ctx.accelerator.spec
  if (decodeCapacity(calc, ctx, codec)) {
    // Decoders publish a 1080p30 stream count; other resolutions scale by pixel rate, except
    // that smaller frames gain at most `videoDecodeSmallFrameGain` × the 1080p frame rate
    // (per-frame work: CANN VDEC gives ≤720p at 2× the 1080p rate, not the 2.25× pixel ratio).
    calc.use('videoDecodeSmallFrameGain')
    calc.use('videoDecodePipelineShare')
    calc.f(
      'decodeBound',
      'floor(decodeCapacity * videoDecodePipelineShare * 30 * min((1920 * 1080) / framePixels, videoDecodeSmallFrameGain) / fps)',
      'streams',
      'decoder capacity in 1080p30 streams scaled by pixel rate'
    )
    calc.field('decodeBound', 'decodeBound')
    bounds.push({ kind: 'decode', id: 'decodeBound' })
  } else {
    calc.warn('decodeUnknown', { accelerator: spec.name })
  }
  if (spec.memoryGB !== undefined) {
    calc.memoryCapacityGB()
    calc.use('videoModelMemoryGB')
    calc.use('videoMemoryPerStreamGB')
    calc.f(
      'memoryBound',
      'floor((acceleratorMemoryGB - videoModelMemoryGB) / (videoMemoryPerStreamGB * framePixels / (1920 * 1080)))',
      'streams'
    )
    calc.field('memoryBound', 'memoryBound')
    bounds.push({ kind: 'memory', id: 'memoryBound' })
  } else {
    calc.warn('memoryUnknown', { accelerator: spec.name })
  }
  const perCard = calc.f(
    'streamsPerAccelerator',
    `min(${bounds.map((b) => b.id).join(', ')})`,
    'streams',
    'the tightest of the compute, decode and memory bounds'
  )
  calc.field('streamsPerAccelerator', 'streamsPerAccelerator')
  const binding = bounds.find((b) => calc.d.value(b.id) === perCard)?.kind ?? 'compute'
  if (perCard < 1)
    calc.fail(['streams'], 'streamExceedsAccelerator', { accelerator: spec.name, bound: binding })

  // ---- cards (the workload's `efficiency` / `headroom` arrive as workload-level overrides)
  calc.use('clusterParallelEfficiency')
  calc.use('videoHeadroom')
  calc.f('acceleratorsBeforeEfficiency', 'ceil(streams / streamsPerAccelerator)', 'accelerators')
  calc.field('acceleratorsBeforeEfficiency', 'acceleratorsBeforeEfficiency')
  const accelerators = calc.f(
    'accelerators',
    'ceil(acceleratorsBeforeEfficiency / clusterParallelEfficiency * (1 + videoHeadroom))',
    'accelerators'
  )
  calc.field('accelerators', 'accelerators')

  const v = (id: string) => calc.d.value(id)
  const optional = (id: string) => (calc.d.has(id) ? v(id) : null)
  return calc.outcome<VideoAnalyticsResult>(
    {
      topsPerStream: v('topsPerStream'),
      streamsPerAccelerator: perCard,
      computeBound: v('computeBound'),
      codec,
      analysisFps,
      decodeCapacity: optional('decodeCapacity'),
      decodeBound: optional('decodeBound'),
      memoryBound: optional('memoryBound'),
      binding,
      acceleratorsBeforeEfficiency: v('acceleratorsBeforeEfficiency'),
      accelerators
    },
    { accelerators, streamsPerAccelerator: perCard }
  )
}

function perStreamFromModel(w: VideoAnalyticsWorkload, calc: Calc, ctx: WorkloadContext): void {
  const ref = w.model
  if (ref === undefined) return
  const preset = typeof ref === 'string' ? ctx.catalog.videoPresets.get(ref) : undefined
  if (preset?.topsPerStream !== undefined) {
    // A measured figure: scale by frames processed per second.
    calc.lookup(
      'presetTopsPerStream',
      preset.topsPerStream,
      'TOPS/stream',
      `${preset.name}: ${preset.source}`
    )
    calc.lookup(
      'presetFps',
      preset.referenceFps ?? 25,
      'frames/s',
      `${preset.name}: ${preset.source}`
    )
    calc.use('videoMeasuredTransfer')
    calc.f(
      'topsPerStream',
      'presetTopsPerStream * analysisFps / presetFps / videoMeasuredTransfer',
      'TOPS/stream'
    )
    if (w.targetsPerFrame !== undefined && w.targetsPerFrame !== preset.referenceTargetsPerFrame)
      calc.warn('presetTargetsFixed', { targets: preset.referenceTargetsPerFrame ?? 0 })
    return
  }
  const detectorRef = preset?.detectorModel ?? ref
  const detector = resolveVision(calc, ctx.catalog, detectorRef)
  calc.lookup(
    'detectorGmacs',
    detector.spec.gmacs,
    'GMAC/frame',
    `${detector.name}: ${detector.source}`
  )
  if (preset?.perTargetModel !== undefined) {
    const perTarget = resolveVision(calc, ctx.catalog, preset.perTargetModel)
    calc.lookup(
      'perTargetGmacs',
      perTarget.spec.gmacs,
      'GMAC/target',
      `${perTarget.name}: ${perTarget.source}`
    )
    calc.inputOrDefault(
      'targetsPerFrame',
      w.targetsPerFrame,
      requiredDefault<number>(KIND, 'targetsPerFrame', { hasPerTargetModel: true }),
      'targets'
    )
  } else {
    calc.lookup('perTargetGmacs', 0, 'GMAC/target', 'No per-target model in this preset')
    calc.inputOrDefault(
      'targetsPerFrame',
      w.targetsPerFrame,
      requiredDefault<number>(KIND, 'targetsPerFrame', { hasPerTargetModel: false }),
      'targets'
    )
  }
  calc.use('videoInferenceUtilization')
  calc.f(
    'topsPerStream',
    '2 * (detectorGmacs + targetsPerFrame * perTargetGmacs) * analysisFps / 1000 / videoInferenceUtilization',
    'TOPS/stream',
    '2 ops per MAC × (detector + targets × per-target model) × analysed frames per second ÷ utilisation'
  )
}

/**
 * The card's decoder capacity for `codec` in 1080p30 streams (step `decodeCapacity`): the
 * published figure for that codec, or the other codec's figure converted by the editable
 * H.265/H.264 ratio. False when the card publishes no decode figure at all.
 */
function decodeCapacity(calc: Calc, ctx: WorkloadContext, codec: VideoCodec): boolean {
  const spec = ctx.accelerator.spec
  const source = `${spec.name} decoder: ${spec.decodeSource ?? spec.source ?? 'user entry'}`
  const h264 = spec.decode1080p30Streams
  const h265 = spec.decode1080p30StreamsH265
  if (h264 === undefined && h265 === undefined) return false
  if (h264 !== undefined) calc.lookup('decode1080p30Streams', h264, 'streams', source)
  if (h265 !== undefined) calc.lookup('decode1080p30StreamsH265', h265, 'streams', source)
  if (codec === 'h264' && h264 !== undefined) {
    calc.f('decodeCapacity', 'decode1080p30Streams', 'streams')
  } else if (codec === 'h265' && h265 !== undefined) {
    calc.f('decodeCapacity', 'decode1080p30StreamsH265', 'streams')
  } else {
    calc.use('videoH265DecodeRatio')
    if (codec === 'h265')
      calc.f(
        'decodeCapacity',
        'decode1080p30Streams * videoH265DecodeRatio',
        'streams',
        'H.264 decode streams × H.265/H.264 ratio (the card publishes no H.265 figure)'
      )
    else
      calc.f(
        'decodeCapacity',
        'decode1080p30StreamsH265 / videoH265DecodeRatio',
        'streams',
        'H.265 decode streams ÷ H.265/H.264 ratio (the card publishes no H.264 figure)'
      )
  }
  calc.field('decodeCapacity', 'decodeCapacity')
  return true
}
