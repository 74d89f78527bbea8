// 手工录入的加速卡（#19：目录中的全部字段）。键与 ../en/manualAccelerator.ts 保持一致。
export default {
  more: '全部参数（各精度算力、互联、视频解码、形态、备注）',
  fields: {
    vendor: '厂商',
    name: '型号',
    memoryGB: '显存',
    memoryUnit: '显存单位',
    memoryType: '显存类型',
    memoryBandwidthGBs: '显存带宽',
    fp32Tflops: 'FP32',
    tf32Tflops: 'TF32',
    fp16Tflops: 'FP16',
    bf16Tflops: 'BF16',
    fp8Tflops: 'FP8',
    int8Tops: 'INT8',
    int4Tops: 'INT4',
    tdpW: 'TDP',
    interconnectGBs: '卡间互联带宽',
    decode1080p30Streams: '视频解码，H.264（1080p30 路数）',
    decode1080p30StreamsH265: '视频解码，H.265（1080p30 路数）',
    decodeSource: '解码数据来源',
    launchYear: '发布年份',
    formFactor: '形态',
    formFactorClass: '形态类别',
    architecture: '架构（如 davinci、hopper）',
    notes: '备注',
    price: '单价'
  },
  formFactorClasses: {
    sxm: 'SXM',
    oam: 'OAM',
    pcie: 'PCIe',
    module: '模组',
    superchip: '超级芯片',
    chip: '芯片',
    edge: '边缘设备',
    cloud: '云实例'
  },
  invalid: {
    required: '必填',
    positive: '必须是大于 0 的数（未知则留空）',
    year: '1990 至 2100 之间的年份',
    negative: '不能为负数',
    needsPeak: '至少填写 FP16、BF16 或 INT8：规划需要稠密峰值',
    outOfRange: '超出方案可接受的范围'
  }
}
