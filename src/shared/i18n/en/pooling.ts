// Messages for the pooled cluster (core/pooling.ts): its derivation steps and warnings.
// Keep keys in step with ../zh-CN/pooling.ts.
export default {
  steps: {
    alwaysOnAccelerators: 'Accelerators of always-on workloads (their peaks add)',
    quietAlwaysOnAccelerators: 'Accelerators always-on workloads keep busy in quiet hours',
    sumOfPeakAccelerators: 'Sum of every workload’s peak accelerators (no pooling)',
    scheduledPoolAccelerators: 'Largest set of scheduled workloads that may run at once',
    acceleratorsNeeded: 'Accelerators in the shared pool',
    activeAcceleratorHoursPerYear: 'Accelerator-hours in use per year'
  },
  modes: {
    always: 'Always on',
    hoursPerMonth: 'Hours per month',
    runsPerYear: 'Runs per year'
  },
  fields: {
    mode: 'When it runs',
    offPeakFraction: 'Share of its cards busy in quiet hours',
    hoursPerMonth: 'Hours per month',
    runsPerYear: 'Runs per year',
    hoursPerRun: 'Hours per run',
    fromEstimate: 'from the estimate',
    overlapGroup: 'Overlap group',
    overlapGroupHint: 'same group: may run at the same time'
  },
  breakdown: {
    sumOfPeaks: 'sum of peaks {count}'
  },
  warnings: {
    noRunLength:
      '{workload}: runs per year need hours per run (this workload has no duration of its own); counted as always on.',
    overYear:
      '{workload}: the schedule adds up to {hours} h a year, more than the 8,760 h a year has; counted as always on.',
    turnsExceedYear:
      'Scheduled workloads that take turns need {hours} h a year, more than {limit} h: some must overlap. Give those that may run together the same overlap group.'
  }
}
