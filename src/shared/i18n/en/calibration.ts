// Messages for "Calibrate" (issue 16): fitting efficiency assumptions to the planner's own
// measurements. Keep keys in step with ../zh-CN/calibration.ts (typecheck enforces the shape).
export default {
  title: 'Calibrate from your measurements',
  intro:
    'Load a sheet (CSV or .xlsx) of figures measured on your own cluster — training tokens/s per card or step time, serving output tokens/s at a batch and context, memory used. Columns: kind, accelerator, model, and the figures.',
  file: 'Measurements sheet',
  name: 'Profile name',
  defaultName: '{accelerator} measured',
  use: 'Use this calibration',
  remove: 'Stop using',
  export: 'Export profile',
  inUse: 'Calibrated: profile “{name}”, fitted to {count} measurements.',
  rowsRead: '{count} measurements read from sheet “{sheet}”.',
  nothingFits: 'No measurement in the sheet matches this workload’s kind, card and model.',
  fit: 'Median error before the fit {before}, after {after}.',
  columns: {
    row: 'Row',
    assumption: 'Assumption',
    measured: 'Measured',
    before: 'Planner before',
    after: 'Planner after',
    value: 'Fitted value',
    residual: 'Error after'
  },
  fields: {
    kind: 'kind',
    accelerator: 'accelerator',
    model: 'model',
    accelerators: 'cards',
    sequenceLength: 'sequence length',
    tokensPerSecondPerAccelerator: 'tokens/s per card',
    stepTimeSeconds: 'step time',
    tokensPerStep: 'tokens per step',
    method: 'method',
    outputTokensPerSecond: 'output tokens/s',
    batch: 'batch',
    contextTokens: 'context',
    memoryUsedGB: 'memory used (GB)'
  },
  issues: {
    noHeader: '{sheet}, row {row}: no header row naming the kind, accelerator and model.',
    badKind: '{sheet}!{column}{row} ({field}): “{value}” is not training, fine-tuning or serving.',
    notANumber: '{sheet}!{column}{row} ({field}): “{value}” is not a number.',
    invalid: '{sheet}!{column}{row} ({field}): “{value}” is not accepted here.',
    noRows: '{sheet}: no measurement rows under the header (row {row}).',
    unreadable: '{sheet}: the file could not be read.',
    wrongKind: 'Row {row}: another workload kind; not used.',
    wrongAccelerator: 'Row {row}: another accelerator; not used.',
    wrongModel: 'Row {row}: another model; not used.',
    noFigure: 'Row {row}: no throughput or memory figure to fit.',
    notEstimable: 'Row {row}: the planner cannot estimate this job ({detail}).',
    outOfRange: 'Row {row}: the measurement needs {detail}, outside what the assumption allows.'
  }
}
