/**
 * Calibration profiles (issue 16, "the planner's own measurements"): efficiency assumptions
 * fitted to figures measured on the planner's own cluster, for one card, one workload kind
 * and optionally one model. A profile is stored in the settings, exported as a file, and
 * carried in a plan that uses it (optional field, no plan version bump). The fit itself is
 * core/calibration.ts.
 */
import { z } from 'zod'

/** The workload kinds a measurement can calibrate. */
export const CALIBRATED_KINDS = ['llm-training', 'llm-finetuning', 'llm-inference'] as const
export type CalibratedKind = (typeof CALIBRATED_KINDS)[number]

const finite = z.number().refine(Number.isFinite)
const positive = (max: number) => finite.gt(0).lte(max)
const name = z.string().trim().min(1).max(120)
const ref = z.string().trim().min(1).max(200)

/** One figure the planner measured (a row of a measurements sheet). */
export const calibrationMeasurementSchema = z.strictObject({
  kind: z.enum(CALIBRATED_KINDS),
  accelerator: ref,
  model: ref,
  /** Cards the measured job ran on (training and fine-tuning). */
  accelerators: z.number().int().gt(0).lte(1e6).optional(),
  sequenceLength: z.number().int().gt(0).lte(1e7).optional(),
  /** Training / fine-tuning: tokens per second per card… */
  tokensPerSecondPerAccelerator: positive(1e9).optional(),
  /** …or a step time with the tokens one step processes on all cards. */
  stepTimeSeconds: positive(1e6).optional(),
  tokensPerStep: positive(1e12).optional(),
  /** Fine-tuning method of the measured job. */
  method: z.enum(['full', 'lora', 'qlora']).optional(),
  /** Serving: output tokens per second of one replica at a batch and a context. */
  outputTokensPerSecond: positive(1e9).optional(),
  batch: z.number().int().gt(0).lte(1e6).optional(),
  contextTokens: z.number().int().gt(0).lte(1e8).optional(),
  /** Memory used per card (decimal GB, as nvidia-smi / npu-smi report MiB ÷ 953.7). */
  memoryUsedGB: positive(1e5).optional()
})
export type CalibrationMeasurement = z.infer<typeof calibrationMeasurementSchema>

const fittedValueSchema = z.strictObject({
  typical: finite,
  low: finite,
  high: finite
})

/** A named profile: the fitted assumptions and what they were fitted on. */
export const calibrationProfileSchema = z.strictObject({
  name,
  kind: z.enum(CALIBRATED_KINDS),
  accelerator: ref,
  /** Absent: every model on this card. */
  model: ref.optional(),
  /** Assumption id → fitted value with the spread of the measurements. */
  assumptions: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), fittedValueSchema),
  /** The measurements the fit used, so the fit can be shown and redone. */
  measurements: z.array(calibrationMeasurementSchema).min(1).max(10_000)
})
export type CalibrationProfile = z.infer<typeof calibrationProfileSchema>

/**
 * The planner's library of saved profiles (settings.json `calibrationProfiles`). Names are
 * unique — a profile is found, renamed and applied by its name. The library is capped so the
 * settings file stays far below the 4 MB the settings reader accepts (a library that grew
 * past it would make the whole settings file unreadable).
 */
export const MAX_LIBRARY_PROFILES = 200
export const MAX_LIBRARY_JSON_CHARS = 2_000_000

export const calibrationLibrarySchema = z
  .array(calibrationProfileSchema)
  .max(MAX_LIBRARY_PROFILES)
  .superRefine((profiles, ctx) => {
    const seen = new Set<string>()
    profiles.forEach((profile, index) => {
      if (seen.has(profile.name))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'name'],
          message: `duplicate profile name "${profile.name}"`,
          params: { key: 'duplicateProfileName', name: profile.name }
        })
      seen.add(profile.name)
    })
    const size = JSON.stringify(profiles).length
    if (size > MAX_LIBRARY_JSON_CHARS)
      ctx.addIssue({
        code: 'custom',
        message: `the library holds ${size} characters of JSON, more than ${MAX_LIBRARY_JSON_CHARS}`,
        params: { key: 'libraryTooLarge', size, limit: MAX_LIBRARY_JSON_CHARS }
      })
  })
export type CalibrationLibrary = z.infer<typeof calibrationLibrarySchema>
