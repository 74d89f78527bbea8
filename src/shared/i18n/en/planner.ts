// Planner-facing shell and Results messages of issue 19 (rename, units, durations, breakdown).
// Keep keys in step with ../zh-CN/planner.ts (typecheck enforces the shape).
export default {
  rename: {
    button: 'Rename',
    title: 'Rename the plan (its name titles the quote and the file)',
    label: 'Plan name',
    apply: 'OK',
    cancel: 'Cancel',
    tooLong: 'A plan name has at most {max} characters.'
  },
  /** Duration units chosen by size (shared/format/duration.ts). */
  durationUnits: {
    seconds: 's',
    minutes: 'min',
    hours: 'h',
    days: 'days',
    months: 'months',
    years: 'years'
  }
} as const
