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
  duration: {
    seconds: '{value} s',
    minutes: '{value} min',
    hours: '{value} h',
    days: '{value} days',
    weeks: '{value} weeks',
    months: '{value} months',
    years: '{value} years'
  }
} as const
