/**
 * Issue 19, "Chinese all the way through": the Latin-script words a Chinese planner reads as
 * they are in zh-CN text, the one base list of the checks that refuse English elsewhere —
 * tests/shared/zh-derivation-text.test.ts (derivations), tests/renderer/zh-display-units.test.ts
 * (form units) and e2e/support/latin-words.ts (what the zh-CN UI and workbooks show). Each adds
 * the extras of its own context (symbols of formulas, product lines on screen) and the catalog's
 * product and model names. Pure data: shared by tests and e2e, imported by no product code.
 */

/** Units and symbols Chinese documents write in Latin letters. */
export const LATIN_UNITS = [
  'GB',
  'GiB',
  'TB',
  'MB',
  'Gb',
  'W',
  'kW',
  'MWh',
  'kWh',
  'U',
  'PDU',
  'TOPS',
  'TFLOPS',
  'TFLOP',
  'PFLOPS',
  'PFLOP',
  'EFLOP',
  'ZFLOP',
  'FLOP',
  'FLOPs',
  'PF',
  'GMAC',
  'USD',
  'CNY',
  'EUR',
  'p',
  'px',
  'fps',
  'token',
  's'
] as const

/** Number formats and precisions (as vendors and engines write them). */
export const LATIN_PRECISIONS = [
  'fp32',
  'fp16',
  'bf16',
  'fp8',
  'int8',
  'int4',
  'tf32',
  'nf4',
  'W8A8'
] as const

/**
 * Established technical names with no Chinese form in vendor documents: hardware classes,
 * memory and parallelism terms, engines, metrics, and the interconnects cards are sold with.
 */
export const LATIN_TECHNICAL_NAMES = [
  'GPU',
  'NPU',
  'KV',
  'MLA',
  'MoE',
  'LoRA',
  'QLoRA',
  'ZeRO',
  'PCIe',
  'MFU',
  'TDP',
  'PUE',
  'vLLM',
  'TTFT',
  'TPOT',
  'IT',
  'BMC',
  'CNN',
  'FFN',
  'SXM',
  'OAM',
  'HGX',
  'DGX',
  'ResNet',
  'NVLink',
  'NVSwitch',
  'HCCS',
  'InfiniBand',
  'RoCE',
  'Infinity',
  'Fabric',
  'MLU',
  'XPU',
  'Link',
  'ICI'
] as const

/** The base list: every word any zh-CN check accepts, before its own extras. */
export const LATIN_WORDS_IN_ZH: readonly string[] = [
  ...LATIN_UNITS,
  ...LATIN_PRECISIONS,
  ...LATIN_TECHNICAL_NAMES
]
