/**
 * How a derivation cites one figure of a card or model (issue 19): "<name> <figure>: <source>",
 * the figure named by the forms' label (fp16Tflops → FP16), the source quoted as published.
 * Keep keys in step with ../zh-CN/citations.ts (typecheck enforces the shape).
 */
export default {
  figure: '{name} {field}: {source}',
  figureDetail: '{name} {field} {detail}: {source}',
  /** What a figure typed in by hand cites. */
  userEntry: 'user entry',
  /** Figures cited by a word rather than a form field. */
  fields: {
    memory: 'memory',
    decoder: 'video decoder'
  },
  details: {
    asPublished: '{value} as published',
    bothDirectionsHalf: '{value} (both directions) ÷ 2 on {fabric}'
  }
} as const
