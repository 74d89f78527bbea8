// 视频分析的编码格式与帧率（#19）。键与 ../en/video.ts 保持一致。
export default {
  validation: {
    analysisAboveCapture: '每秒分析帧数不能超过采集帧率（{fps} 帧/秒）'
  },
  steps: {
    analysisFps: '每秒分析帧数',
    decode1080p30StreamsH265: '解码能力，H.265（1080p30 路数）',
    decodeCapacity: '按码流编码格式的解码能力（1080p30 路数）'
  },
  assumptions: {
    videoMeasuredTransfer: '实测每路 TOPS 换算到本卡的折算系数',
    videoH265DecodeRatio: 'H.265 与 H.264 解码路数之比（卡只公布一种编码时）',
    videoDecodeSmallFrameGain: '低于 1080p 时解码帧率的最大增益（相对 1080p 帧率的倍数）',
    videoDecodePipelineShare: '完整分析流水线可用的解码能力比例'
  },
  formulas: {
    h265FromH264: 'H.264 解码路数 × H.265/H.264 比值（该卡未公布 H.265 数据）',
    h264FromH265: 'H.265 解码路数 ÷ H.265/H.264 比值（该卡未公布 H.264 数据）'
  },
  fields: {
    codec: '视频编码',
    captureFps: '采集帧率',
    analysisFps: '每秒分析帧数',
    analysisFpsHelp: '每个采集帧都要解码，只有分析帧做推理。留空：每帧都分析。'
  },
  figures: {
    decodeCapacity: '按码流编码的解码能力（1080p30）',
    analysisFps: '每秒分析帧数'
  },
  codecs: {
    h264: 'H.264',
    h265: 'H.265'
  }
}
