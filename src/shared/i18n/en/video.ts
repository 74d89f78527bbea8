// Messages for video analytics codec and frame rates (#19): derivation steps, formula
// descriptions, the located error and the form's fields. Keep keys in step with
// ../zh-CN/video.ts.
export default {
  validation: {
    analysisAboveCapture:
      'frames analysed per second cannot exceed the capture frame rate ({fps} frames/s)'
  },
  steps: {
    analysisFps: 'Frames analysed per second',
    decode1080p30StreamsH265: 'Decoder capacity, H.265 (1080p30 streams)',
    decodeCapacity: 'Decoder capacity for the stream codec (1080p30 streams)'
  },
  assumptions: {
    videoMeasuredTransfer: 'Carry-over of a measured TOPS-per-stream figure to this card',
    videoH265DecodeRatio: 'H.265 ÷ H.264 decode streams (card publishes one codec only)',
    videoDecodeSmallFrameGain: 'Decoder frame-rate gain below 1080p (most, × the 1080p rate)',
    videoDecodePipelineShare: 'Share of the decoder capacity a full pipeline sustains'
  },
  formulas: {
    h265FromH264: 'H.264 decode streams × H.265/H.264 ratio (the card publishes no H.265 figure)',
    h264FromH265: 'H.265 decode streams ÷ H.265/H.264 ratio (the card publishes no H.264 figure)'
  },
  fields: {
    codec: 'Video codec',
    captureFps: 'Capture frame rate',
    analysisFps: 'Frames analysed per second',
    analysisFpsHelp:
      'Every captured frame is decoded; only the analysed frames are inferred. Empty: every frame.'
  },
  figures: {
    decodeCapacity: 'Decoder capacity for the stream codec (1080p30)',
    analysisFps: 'Frames analysed per second'
  },
  codecs: {
    h264: 'H.264',
    h265: 'H.265'
  }
}
