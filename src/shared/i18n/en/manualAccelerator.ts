// Messages for an accelerator entered by hand (#19: every catalog field). Keep keys in step
// with ../zh-CN/manualAccelerator.ts.
export default {
  more: 'All figures (precisions, interconnect, video decode, form factor, notes)',
  fields: {
    vendor: 'Vendor',
    name: 'Model name',
    memoryGB: 'Memory',
    memoryUnit: 'Memory unit',
    memoryType: 'Memory type',
    memoryBandwidthGBs: 'Memory bandwidth',
    fp32Tflops: 'FP32',
    tf32Tflops: 'TF32',
    fp16Tflops: 'FP16',
    bf16Tflops: 'BF16',
    fp8Tflops: 'FP8',
    int8Tops: 'INT8',
    int4Tops: 'INT4',
    tdpW: 'TDP',
    interconnectGBs: 'Card-to-card interconnect',
    decode1080p30Streams: 'Video decode, H.264 (1080p30 streams)',
    decode1080p30StreamsH265: 'Video decode, H.265 (1080p30 streams)',
    decodeSource: 'Decode figure source',
    launchYear: 'Launch year',
    formFactor: 'Form factor',
    formFactorClass: 'Form factor class',
    architecture: 'Architecture (e.g. davinci, hopper)',
    notes: 'Notes',
    price: 'Unit price'
  },
  formFactorClasses: {
    sxm: 'SXM',
    oam: 'OAM',
    pcie: 'PCIe',
    module: 'Module',
    superchip: 'Superchip',
    chip: 'Chip',
    edge: 'Edge device',
    cloud: 'Cloud instance'
  },
  invalid: {
    required: 'required',
    positive: 'must be a number > 0 (empty if unknown)',
    year: 'a year between 1990 and 2100',
    negative: 'cannot be negative',
    needsPeak: 'give at least FP16, BF16 or INT8: sizing needs a dense peak',
    outOfRange: 'outside the range a plan accepts'
  }
}
